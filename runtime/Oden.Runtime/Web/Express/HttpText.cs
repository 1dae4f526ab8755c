// Text rules of HTTP as Express applies them: query strings (node's querystring, Express 5's default
// "simple" parser: repeated keys become arrays), Cookie and Set-Cookie (the `cookie` package's format),
// media types by extension (mime-types), status messages (statuses) and charset parameters.
using System.Text;

namespace Oden.Runtime.Web;

internal static class HttpText
{
    /// <summary>Parses "a=1&amp;a=2&amp;b" into { a: ['1', '2'], b: '' } (node's querystring.parse).</summary>
    public static JsObject ParseQuery(Realm realm, string query)
    {
        var result = new JsObject(realm.Intrinsics.ObjectPrototype);
        if (query.StartsWith('?')) query = query[1..];
        if (query.Length == 0) return result;
        foreach (string part in query.Split('&'))
        {
            if (part.Length == 0) continue;
            int eq = part.IndexOf('=');
            string key = DecodeComponent(eq < 0 ? part : part[..eq]);
            string value = eq < 0 ? "" : DecodeComponent(part[(eq + 1)..]);
            PropertyKey pk = PropertyKey.FromString(key);
            if (result.GetOwnProperty(pk, out PropertyDescriptor existing))
            {
                if (existing.Value.TryGetObject is JsArray array)
                {
                    Operations.CreateDataPropertyOrThrow(realm, array, PropertyKey.FromIndex((uint)Operations.LengthOfArrayLike(realm, array)), value);
                }
                else
                {
                    result.DefineOwnProperty(pk, PropertyDescriptor.Data(Operations.CreateArrayFromList(realm, [existing.Value, value]), PropertyFlags.Default));
                }
            }
            else
            {
                result.DefineOwnProperty(pk, PropertyDescriptor.Data(value, PropertyFlags.Default));
            }
        }

        return result;
    }

    /// <summary>Percent-decoding with '+' as space; malformed escapes stay as they are (querystring.unescape).</summary>
    public static string DecodeComponent(string s)
    {
        if (s.IndexOf('%') < 0 && s.IndexOf('+') < 0) return s;
        s = s.Replace('+', ' ');
        var bytes = new List<byte>(s.Length);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '%' && i + 2 < s.Length && IsHex(s[i + 1]) && IsHex(s[i + 2]))
            {
                bytes.Add(Convert.ToByte(s.Substring(i + 1, 2), 16));
                i += 2;
                continue;
            }

            Flush();
            sb.Append(s[i]);
        }

        Flush();
        return sb.ToString();

        void Flush()
        {
            if (bytes.Count == 0) return;
            sb.Append(Encoding.UTF8.GetString(bytes.ToArray()));
            bytes.Clear();
        }
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    /// <summary>encodeURIComponent: everything but A-Z a-z 0-9 - _ . ! ~ * ' ( ) is %XX of its UTF-8 bytes.</summary>
    public static string EncodeComponent(string s)
    {
        var sb = new StringBuilder(s.Length);
        Span<byte> buffer = stackalloc byte[4];
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsAsciiLetterOrDigit(c) || "-_.!~*'()".Contains(c))
            {
                sb.Append(c);
                continue;
            }

            int length;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                length = Encoding.UTF8.GetBytes(s.AsSpan(i, 2), buffer);
                i++;
            }
            else
            {
                length = Encoding.UTF8.GetBytes(char.IsSurrogate(c) ? "\uFFFD" : c.ToString(), buffer);
            }

            for (int b = 0; b < length; b++) sb.Append('%').Append(buffer[b].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>Parses a Cookie header into { name: value } (first occurrence wins; values percent-decoded, quotes removed).</summary>
    public static JsObject ParseCookies(Realm realm, string? header)
    {
        var result = new JsObject(realm.Intrinsics.ObjectPrototype);
        if (string.IsNullOrEmpty(header)) return result;
        foreach (string pair in header.Split(';'))
        {
            int eq = pair.IndexOf('=');
            if (eq < 0) continue;
            string name = pair[..eq].Trim();
            if (name.Length == 0) continue;
            string value = pair[(eq + 1)..].Trim();
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"') value = value[1..^1];
            PropertyKey key = PropertyKey.FromString(name);
            if (result.GetOwnProperty(key, out _)) continue;
            string decoded;
            try
            {
                decoded = value.Contains('%') ? Uri.UnescapeDataString(value) : value;
            }
            catch (UriFormatException)
            {
                decoded = value;
            }

            result.DefineOwnProperty(key, PropertyDescriptor.Data(decoded, PropertyFlags.Default));
        }

        return result;
    }

    private static readonly Dictionary<string, string> s_types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["html"] = "text/html", ["htm"] = "text/html", ["txt"] = "text/plain", ["text"] = "text/plain",
        ["json"] = "application/json", ["js"] = "text/javascript", ["mjs"] = "text/javascript", ["css"] = "text/css",
        ["xml"] = "application/xml", ["csv"] = "text/csv", ["md"] = "text/markdown", ["png"] = "image/png",
        ["jpg"] = "image/jpeg", ["jpeg"] = "image/jpeg", ["gif"] = "image/gif", ["svg"] = "image/svg+xml",
        ["webp"] = "image/webp", ["ico"] = "image/vnd.microsoft.icon", ["pdf"] = "application/pdf",
        ["bin"] = "application/octet-stream", ["wasm"] = "application/wasm", ["mp4"] = "video/mp4",
        ["urlencoded"] = "application/x-www-form-urlencoded", ["form"] = "application/x-www-form-urlencoded",
        ["multipart"] = "multipart/*", ["zip"] = "application/zip", ["woff2"] = "font/woff2",
    };

    /// <summary>The media type for an extension or short name ("json", ".html"), null when unknown.</summary>
    public static string? LookupType(string name)
    {
        if (name.Contains('/')) return name;
        string ext = name.TrimStart('.');
        int dot = ext.LastIndexOf('.');
        if (dot >= 0) ext = ext[(dot + 1)..];
        return s_types.TryGetValue(ext, out string? type) ? type : null;
    }

    /// <summary>mime.contentType: a full Content-Type for a type or extension, with charset=utf-8 for text.</summary>
    public static string ContentTypeOf(string typeOrExtension)
    {
        string type = LookupType(typeOrExtension) ?? "application/octet-stream";
        if (type.Contains("charset", StringComparison.OrdinalIgnoreCase)) return type;
        string essence = type.Split(';')[0].Trim();
        bool text = essence.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            || essence is "application/json" or "application/javascript" or "application/xml";
        return text ? type + "; charset=utf-8" : type;
    }

    /// <summary>Replaces or adds the charset parameter of a Content-Type (Express's setCharset).</summary>
    public static string SetCharset(string contentType, string charset)
    {
        var parts = contentType.Split(';').Select(p => p.Trim()).Where(p => p.Length > 0 && !p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase)).ToList();
        parts.Add("charset=" + charset);
        return string.Join("; ", parts);
    }

    /// <summary>The media type of a Content-Type without parameters, lower-case.</summary>
    public static string Essence(string contentType) => contentType.Split(';')[0].Trim().ToLowerInvariant();

    /// <summary>type-is: the first of <paramref name="types"/> that matches the media type, or null.</summary>
    public static string? MatchType(string mediaType, IEnumerable<string> types)
    {
        foreach (string t in types)
        {
            string? normalized = Normalize(t);
            if (normalized is not null && Matches(normalized, mediaType)) return t[0] == '+' || t.Contains('*') ? mediaType : t;
        }

        return null;

        static string? Normalize(string t)
        {
            if (t == "urlencoded") return "application/x-www-form-urlencoded";
            if (t == "multipart") return "multipart/*";
            if (t[0] == '+') return "*/*" + t;
            return t.Contains('/') ? t.ToLowerInvariant() : LookupType(t);
        }

        static bool Matches(string expected, string actual)
        {
            string[] e = expected.Split('/');
            string[] a = actual.Split('/');
            if (e.Length != 2 || a.Length != 2) return false;
            if (e[0] != "*" && e[0] != a[0]) return false;
            if (e[1].StartsWith("*+", StringComparison.Ordinal)) return a[1].EndsWith(e[1][1..], StringComparison.Ordinal);
            return e[1] == "*" || e[1] == a[1];
        }
    }

    private static readonly Dictionary<int, string> s_statusMessages = new()
    {
        [100] = "Continue", [101] = "Switching Protocols", [200] = "OK", [201] = "Created", [202] = "Accepted",
        [203] = "Non-Authoritative Information", [204] = "No Content", [205] = "Reset Content", [206] = "Partial Content",
        [300] = "Multiple Choices", [301] = "Moved Permanently", [302] = "Found", [303] = "See Other", [304] = "Not Modified",
        [307] = "Temporary Redirect", [308] = "Permanent Redirect", [400] = "Bad Request", [401] = "Unauthorized",
        [402] = "Payment Required", [403] = "Forbidden", [404] = "Not Found", [405] = "Method Not Allowed",
        [406] = "Not Acceptable", [408] = "Request Timeout", [409] = "Conflict", [410] = "Gone", [411] = "Length Required",
        [412] = "Precondition Failed", [413] = "Payload Too Large", [414] = "URI Too Long", [415] = "Unsupported Media Type",
        [416] = "Range Not Satisfiable", [417] = "Expectation Failed", [418] = "I'm a Teapot", [422] = "Unprocessable Entity",
        [425] = "Too Early", [426] = "Upgrade Required", [428] = "Precondition Required", [429] = "Too Many Requests",
        [431] = "Request Header Fields Too Large", [451] = "Unavailable For Legal Reasons", [500] = "Internal Server Error",
        [501] = "Not Implemented", [502] = "Bad Gateway", [503] = "Service Unavailable", [504] = "Gateway Timeout",
        [505] = "HTTP Version Not Supported",
    };

    /// <summary>The reason phrase of a status code, or the code itself (statuses.message[code] || String(code)).</summary>
    public static string StatusMessage(int status) => s_statusMessages.TryGetValue(status, out string? m) ? m : status.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>encodeurl: percent-encodes what a URL may not contain, keeping existing escapes.</summary>
    public static string EncodeUrl(string url)
    {
        var sb = new StringBuilder(url.Length);
        byte[] bytes = Encoding.UTF8.GetBytes(url);
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            char c = (char)b;
            bool keep = b < 0x80 && (char.IsAsciiLetterOrDigit(c) || "-_.!~*'();/?:@&=+$,#[]%".Contains(c));
            if (c == '%' && !(i + 2 < bytes.Length && IsHex((char)bytes[i + 1]) && IsHex((char)bytes[i + 2]))) keep = false;
            if (keep) sb.Append(c);
            else sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}
