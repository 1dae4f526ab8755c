// multipart/form-data (RFC 7578) as the Fetch body mixin needs it, and the MIME type rules around it.
//
// - Serialize: the HTML "multipart/form-data encoding algorithm" as undici writes it: a random boundary
//   ("----formdata-oden-" + 16 digits), field names with newlines normalized to CR LF and then `"`, CR, LF
//   escaped as %22, %0D, %0A; file names escaped the same way without the normalization; string values
//   with newlines normalized to CR LF; a file part's Content-Type is its type or application/octet-stream.
// - Parse: the "multipart/form-data parser" (https://andreubotella.github.io/multipart-formdata/) that
//   undici follows: the body starts with --boundary, each part has a Content-Disposition `form-data` with a
//   name (and optionally a filename), Content-Type and Content-Transfer-Encoding (base64) are read, other
//   headers skipped; a part ends at CR LF --boundary; the body ends with --boundary-- and an optional CR LF.
//   Anything else is a failure (a TypeError for formData()). Two deliberate differences from undici: a
//   part's end is found by the whole delimiter (CR LF --boundary), so content that contains the bare
//   boundary text parses; and Content-Disposition is read with RFC 6266's syntax (unquoted token values,
//   whitespace around ';', filename*), which clients such as .NET's MultipartFormDataContent send and
//   undici refuses.
// - MIME types: "parse a MIME type" and its serialization (MIME Sniffing §4.4–4.5), and Fetch's "extract a
//   MIME type" over a Content-Type header list.
using System.Text;
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

internal static class Multipart
{
    // ---- serialize ------------------------------------------------------------------------------

    public static (byte[] Body, string ContentType) Serialize(JsFormData form)
    {
        string boundary = "----formdata-oden-" + Random.Shared.NextInt64(0, 10_000_000_000_000_000).ToString("D16", System.Globalization.CultureInfo.InvariantCulture);
        var output = new MemoryStream();
        void Write(string s) => output.Write(Encoding.UTF8.GetBytes(s));
        foreach (var (name, value) in form.Entries)
        {
            Write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + Escape(NormalizeNewlines(name)) + "\"");
            if (value._ref is JsFile file)
            {
                Write("; filename=\"" + Escape(file.Name) + "\"\r\nContent-Type: " + (file.Type.Length > 0 ? file.Type : "application/octet-stream") + "\r\n\r\n");
                output.Write(file.Bytes);
                Write("\r\n");
            }
            else
            {
                Write("\r\n\r\n" + NormalizeNewlines(value.AsString()) + "\r\n");
            }
        }

        Write("--" + boundary + "--\r\n");
        return (output.ToArray(), "multipart/form-data; boundary=" + boundary);
    }

    private static string Escape(string s) => s.Replace("\n", "%0A").Replace("\r", "%0D").Replace("\"", "%22");

    /// <summary>Every lone CR, lone LF and CR LF becomes CR LF.</summary>
    private static string NormalizeNewlines(string s)
    {
        if (!s.Contains('\r') && !s.Contains('\n')) return s;
        var sb = new StringBuilder(s.Length + 8);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\r')
            {
                sb.Append("\r\n");
                if (i + 1 < s.Length && s[i + 1] == '\n') i++;
            }
            else if (c == '\n')
            {
                sb.Append("\r\n");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    // ---- parse ----------------------------------------------------------------------------------

    /// <summary>The entries of a multipart/form-data body, or null on failure.</summary>
    public static List<KeyValuePair<string, JsValue>>? Parse(Realm realm, byte[] input, string boundaryText)
    {
        byte[] boundary = Encoding.Latin1.GetBytes("--" + boundaryText);
        byte[] delimiter = Encoding.Latin1.GetBytes("\r\n--" + boundaryText);
        var entries = new List<KeyValuePair<string, JsValue>>();
        int position = 0;
        while (true)
        {
            // 5.1. --boundary.
            if (!StartsWith(input, position, boundary)) return null;
            position += boundary.Length;

            // 5.2. `--` (and an optional CR LF) at the end of the input: done.
            if ((position == input.Length - 2 && StartsWith(input, position, "--"u8))
                || (position == input.Length - 4 && StartsWith(input, position, "--\r\n"u8)))
            {
                return entries;
            }

            // 5.3-5.4. CR LF.
            if (!StartsWith(input, position, "\r\n"u8)) return null;
            position += 2;

            // 5.5-5.6. The part's headers, then the empty line.
            if (!ParseHeaders(input, ref position, out string? name, out string? filename, out string? contentType, out string? encoding)) return null;
            position += 2;

            // 5.8. The body runs to the next delimiter.
            int end = input.AsSpan(position).IndexOf(delimiter);
            if (end < 0) return null;
            byte[] body = input.AsSpan(position, end).ToArray();
            position += end + 2; // 5.9: past the CR LF; the loop expects --boundary next
            if (encoding is not null && encoding.Equals("base64", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    body = Convert.FromBase64String(Encoding.Latin1.GetString(body));
                }
                catch (FormatException)
                {
                    return null;
                }
            }

            JsValue value;
            if (filename is not null)
            {
                // 5.10. A file: text/plain by default, "" when the type is not ASCII.
                string type = contentType ?? "text/plain";
                foreach (char c in type)
                {
                    if (c > 0x7F)
                    {
                        type = "";
                        break;
                    }
                }

                value = new JsFile(realm.Intrinsics.FilePrototype, body, 0, body.Length, JsBlob.NormalizeType(type), filename, JsFile.Now(realm));
            }
            else
            {
                value = WebIdl.Utf8Decode(body);
            }

            entries.Add(new(name!, value));
        }
    }

    /// <see href="https://andreubotella.github.io/multipart-formdata/#parse-multipart-form-data-headers"/>
    private static bool ParseHeaders(byte[] input, ref int position, out string? name, out string? filename, out string? contentType, out string? encoding)
    {
        name = filename = contentType = encoding = null;
        while (true)
        {
            // 1. CR LF ends the headers; a part without a name is a failure.
            if (StartsWith(input, position, "\r\n"u8)) return name is not null;

            // 2-4. The header name (a token, surrounding tabs/spaces removed).
            int start = position;
            while (position < input.Length && input[position] is not ((byte)'\n' or (byte)'\r' or (byte)':')) position++;
            string headerName = Encoding.Latin1.GetString(input, start, position - start).Trim(' ', '\t');
            if (headerName.Length == 0 || !IsToken(headerName)) return false;

            // 5-7. The colon and the tabs/spaces after it.
            if (position >= input.Length || input[position] != ':') return false;
            position++;
            while (position < input.Length && input[position] is (byte)' ' or (byte)'\t') position++;

            switch (headerName.ToLowerInvariant())
            {
                case "content-disposition":
                    if (!ParseDisposition(HeaderValue(input, ref position), out name, out filename)) return false;
                    break;

                case "content-type":
                    contentType = HeaderValue(input, ref position);
                    break;
                case "content-transfer-encoding":
                    encoding = HeaderValue(input, ref position);
                    break;
                default:
                    HeaderValue(input, ref position);
                    break;
            }

            // 9. CR LF after each header.
            if (!StartsWith(input, position, "\r\n"u8)) return false;
            position += 2;
        }
    }

    /// <summary>
    /// A part's Content-Disposition: `form-data` and its parameters (RFC 6266 syntax, OWS around ';' and '='),
    /// name and filename as a quoted string (up to the next '"', %0A, %0D and %22 decoded, UTF-8 bytes, as
    /// browsers write them) or a token; filename* (RFC 5987, UTF-8 or ISO-8859-1) wins over filename.
    /// </summary>
    private static bool ParseDisposition(string value, out string? name, out string? filename)
    {
        name = filename = null;
        string? extendedFilename = null;
        int position = 0;
        int semicolon = value.IndexOf(';');
        string type = (semicolon < 0 ? value : value[..semicolon]).Trim(' ', '\t');
        if (!type.Equals("form-data", StringComparison.OrdinalIgnoreCase)) return false;
        position = semicolon < 0 ? value.Length : semicolon;
        while (position < value.Length)
        {
            if (value[position] != ';') return false;
            position++;
            SkipWhitespace(value, ref position);
            int start = position;
            while (position < value.Length && IsTokenChar(value[position])) position++;
            string parameter = value[start..position].ToLowerInvariant();
            SkipWhitespace(value, ref position);
            if (parameter.Length == 0 || position >= value.Length || value[position] != '=') return false;
            position++;
            SkipWhitespace(value, ref position);
            string text;
            bool quoted = position < value.Length && value[position] == '"';
            if (quoted)
            {
                int close = value.IndexOf('"', position + 1);
                if (close < 0) return false;
                text = value[(position + 1)..close];
                position = close + 1;
            }
            else
            {
                start = position;
                while (position < value.Length && value[position] is not (';' or ' ' or '\t')) position++;
                text = value[start..position];
                if (text.Length == 0) return false;
            }

            SkipWhitespace(value, ref position);
            switch (parameter)
            {
                case "name":
                    name = DecodeQuoted(text, quoted);
                    break;
                case "filename":
                    filename = DecodeQuoted(text, quoted);
                    break;
                case "filename*":
                    extendedFilename = DecodeExtendedValue(text);
                    break;
            }
        }

        if (extendedFilename is not null) filename = extendedFilename;
        return true;
    }

    private static void SkipWhitespace(string s, ref int position)
    {
        while (position < s.Length && s[position] is ' ' or '\t') position++;
    }

    /// <summary>A name from the (isomorphically decoded) header: %0A, %0D and %22 decoded, then UTF-8 decoded.</summary>
    private static string DecodeQuoted(string text, bool quoted)
    {
        if (quoted) text = text.Replace("%0A", "\n", StringComparison.OrdinalIgnoreCase).Replace("%0D", "\r", StringComparison.OrdinalIgnoreCase).Replace("%22", "\"");
        return WebIdl.Utf8DecodeNoBom(Encoding.Latin1.GetBytes(text));
    }

    /// <summary>An RFC 5987 ext-value (charset'language'percent-encoded); null when it cannot be decoded.</summary>
    private static string? DecodeExtendedValue(string text)
    {
        int first = text.IndexOf('\'');
        int second = first < 0 ? -1 : text.IndexOf('\'', first + 1);
        if (second < 0) return null;
        string charset = text[..first];
        var bytes = new List<byte>();
        for (int i = second + 1; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)text[i]);
            }
        }

        if (charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)) return WebIdl.Utf8DecodeNoBom(bytes.ToArray());
        if (charset.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase)) return Encoding.Latin1.GetString(bytes.ToArray());
        return null;
    }

    /// <summary>The rest of a header line (isomorphic decoding), trailing tabs/spaces removed.</summary>
    private static string HeaderValue(byte[] input, ref int position)
    {
        int start = position;
        while (position < input.Length && input[position] is not ((byte)'\n' or (byte)'\r')) position++;
        return Encoding.Latin1.GetString(input, start, position - start).TrimEnd(' ', '\t');
    }

    private static bool StartsWith(byte[] input, int position, ReadOnlySpan<byte> prefix) =>
        position <= input.Length && input.AsSpan(position).StartsWith(prefix);

    // ---- MIME types -----------------------------------------------------------------------------

    internal static bool IsToken(string s)
    {
        foreach (char c in s)
        {
            if (!IsTokenChar(c)) return false;
        }

        return s.Length > 0;
    }

    private static bool IsTokenChar(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'
            or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';

    private static bool IsQuotedStringChar(char c) => c == '\t' || (c >= 0x20 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF);

    private static bool IsHttpWhitespace(char c) => c is '\t' or '\n' or '\r' or ' ';

    /// <summary>A parsed MIME type: lower-cased type and subtype, parameters in order (names lower-cased).</summary>
    internal sealed record MimeType(string Type, string Subtype, List<KeyValuePair<string, string>> Parameters)
    {
        public string Essence => Type + "/" + Subtype;

        public string? Parameter(string name)
        {
            foreach (var p in Parameters)
            {
                if (p.Key == name) return p.Value;
            }

            return null;
        }

        /// <see href="https://mimesniff.spec.whatwg.org/#serialize-a-mime-type"/>
        public string Serialize()
        {
            var sb = new StringBuilder(Essence);
            foreach (var (name, value) in Parameters)
            {
                sb.Append(';').Append(name).Append('=');
                if (value.Length > 0 && IsToken(value))
                {
                    sb.Append(value);
                }
                else
                {
                    sb.Append('"').Append(value.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
                }
            }

            return sb.ToString();
        }
    }

    /// <see href="https://mimesniff.spec.whatwg.org/#parse-a-mime-type"/>
    internal static MimeType? ParseMimeType(string input)
    {
        // 1. Remove leading and trailing HTTP whitespace.
        int s = 0, e = input.Length;
        while (s < e && IsHttpWhitespace(input[s])) s++;
        while (e > s && IsHttpWhitespace(input[e - 1])) e--;
        input = input[s..e];
        int position = 0;

        // 3-6. type "/" subtype, both tokens.
        int slash = input.IndexOf('/');
        if (slash <= 0) return null;
        string type = input[..slash];
        if (!IsToken(type)) return null;
        position = slash + 1;
        int semicolon = input.IndexOf(';', position);
        string subtype = (semicolon < 0 ? input[position..] : input[position..semicolon]).TrimEnd('\t', '\n', '\r', ' ');
        if (!IsToken(subtype)) return null;
        position = semicolon < 0 ? input.Length : semicolon;
        var mime = new MimeType(type.ToLowerInvariant(), subtype.ToLowerInvariant(), []);

        // 11. The parameters.
        while (position < input.Length)
        {
            position++; // past ';'
            while (position < input.Length && IsHttpWhitespace(input[position])) position++;
            int nameStart = position;
            while (position < input.Length && input[position] is not (';' or '=')) position++;
            string name = input[nameStart..position].ToLowerInvariant();
            if (position < input.Length)
            {
                if (input[position] == ';') continue;
                position++; // past '='
            }

            if (position >= input.Length) break;
            string value;
            if (input[position] == '"')
            {
                // An HTTP quoted string (with its escapes), then anything up to the next ';' is ignored.
                var sb = new StringBuilder();
                position++;
                while (position < input.Length)
                {
                    char c = input[position];
                    if (c == '\\')
                    {
                        position++;
                        if (position >= input.Length)
                        {
                            sb.Append('\\');
                            break;
                        }

                        sb.Append(input[position++]);
                    }
                    else if (c == '"')
                    {
                        position++;
                        break;
                    }
                    else
                    {
                        sb.Append(c);
                        position++;
                    }
                }

                value = sb.ToString();
                while (position < input.Length && input[position] != ';') position++;
            }
            else
            {
                int valueStart = position;
                while (position < input.Length && input[position] != ';') position++;
                value = input[valueStart..position].TrimEnd('\t', '\n', '\r', ' ');
                if (value.Length == 0) continue;
            }

            if (name.Length > 0 && IsToken(name) && value.All(IsQuotedStringChar) && mime.Parameter(name) is null)
            {
                mime.Parameters.Add(new(name, value));
            }
        }

        return mime;
    }

    /// <summary>Fetch's "extract a MIME type" from a Content-Type header value (values joined with ", ").</summary>
    /// <see href="https://fetch.spec.whatwg.org/#concept-header-extract-mime-type"/>
    internal static MimeType? ExtractMimeType(string? headerValue)
    {
        if (headerValue is null) return null;
        MimeType? mimeType = null;
        string? charset = null;
        string? essence = null;
        foreach (string value in SplitHeaderValues(headerValue))
        {
            MimeType? temporary = ParseMimeType(value);
            if (temporary is null || temporary.Essence == "*/*") continue;
            mimeType = temporary;
            if (essence != mimeType.Essence)
            {
                charset = null;
                if (mimeType.Parameter("charset") is { } c) charset = c;
                essence = mimeType.Essence;
            }
            else if (mimeType.Parameter("charset") is null && charset is not null)
            {
                mimeType.Parameters.Add(new("charset", charset));
            }
        }

        return mimeType;
    }

    /// <summary>"Get, decode, and split": commas outside quoted strings separate values.</summary>
    private static List<string> SplitHeaderValues(string input)
    {
        var values = new List<string>();
        var sb = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < input.Length; i++)
        {
            char c = input[i];
            if (quoted && c == '\\' && i + 1 < input.Length)
            {
                sb.Append(c).Append(input[++i]);
                continue;
            }

            if (c == '"') quoted = !quoted;
            if (c == ',' && !quoted)
            {
                values.Add(sb.ToString().Trim(' ', '\t'));
                sb.Clear();
                continue;
            }

            sb.Append(c);
        }

        values.Add(sb.ToString().Trim(' ', '\t'));
        return values;
    }
}
