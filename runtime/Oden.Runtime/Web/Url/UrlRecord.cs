// UrlRecord and UrlParser: the WHATWG URL Standard's URL record and basic URL parser
// (https://url.spec.whatwg.org/#concept-basic-url-parser), state by state, with state overrides for the
// setters. BCL only.
//
// Invariants:
// - The parser works on code points (the input is a USVString, lone surrogates already U+FFFD).
// - Host is kept serialized (a domain, "[v6]", dotted IPv4, an opaque host, "" or null for none).
// - Non-ASCII domains go through System.Globalization.IdnMapping (UTS #46 nontransitional processing);
//   IdnMapping also enforces hyphen and DNS-length rules that the URL standard turns off, so a few
//   exotic internationalized hosts that node accepts are failures here (docs/conformance.md).
using System.Globalization;
using System.Text;

namespace Oden.Runtime.Web;

internal sealed class UrlRecord
{
    public string Scheme = "";
    public string Username = "";
    public string Password = "";
    public string? Host;
    public int? Port;
    public List<string> Path = [];
    public string? OpaquePath; // non-null: the URL has an opaque path
    public string? Query;
    public string? Fragment;

    public bool HasOpaquePath => OpaquePath is not null;

    public bool IsSpecial => UrlParser.IsSpecialScheme(Scheme);

    public bool IncludesCredentials => Username.Length > 0 || Password.Length > 0;

    /// <see href="https://url.spec.whatwg.org/#cannot-have-a-username-password-port"/>
    public bool CannotHaveUsernamePasswordPort => Host is null || Host.Length == 0 || Scheme == "file";

    public UrlRecord Clone()
    {
        var copy = (UrlRecord)MemberwiseClone();
        copy.Path = new List<string>(Path);
        return copy;
    }

    /// <see href="https://url.spec.whatwg.org/#url-path-serializer"/>
    public string SerializePath()
    {
        if (OpaquePath is not null) return OpaquePath;
        if (Path.Count == 0) return "";
        var sb = new StringBuilder();
        foreach (string segment in Path) sb.Append('/').Append(segment);
        return sb.ToString();
    }

    /// <see href="https://url.spec.whatwg.org/#concept-url-serializer"/>
    public string Serialize(bool excludeFragment = false)
    {
        var sb = new StringBuilder();
        sb.Append(Scheme).Append(':');
        if (Host is not null)
        {
            sb.Append("//");
            if (IncludesCredentials)
            {
                sb.Append(Username);
                if (Password.Length > 0) sb.Append(':').Append(Password);
                sb.Append('@');
            }

            sb.Append(Host);
            if (Port is { } port) sb.Append(':').Append(port.ToString(CultureInfo.InvariantCulture));
        }

        if (Host is null && OpaquePath is null && Path.Count > 1 && Path[0].Length == 0) sb.Append("/.");
        sb.Append(SerializePath());
        if (Query is not null) sb.Append('?').Append(Query);
        if (!excludeFragment && Fragment is not null) sb.Append('#').Append(Fragment);
        return sb.ToString();
    }

    /// <see href="https://url.spec.whatwg.org/#concept-url-origin"/>
    public string SerializeOrigin()
    {
        switch (Scheme)
        {
            case "blob":
                if (OpaquePath is not null || Path.Count > 0)
                {
                    UrlRecord? inner = UrlParser.Parse(SerializePath(), null);
                    if (inner is not null && (inner.Scheme == "http" || inner.Scheme == "https")) return inner.SerializeOrigin();
                }

                return "null";
            case "ftp" or "http" or "https" or "ws" or "wss":
                return Scheme + "://" + Host + (Port is { } p ? ":" + p.ToString(CultureInfo.InvariantCulture) : "");
            default:
                return "null";
        }
    }
}

internal enum UrlState : byte
{
    None,
    SchemeStart,
    Scheme,
    NoScheme,
    SpecialRelativeOrAuthority,
    PathOrAuthority,
    Relative,
    RelativeSlash,
    SpecialAuthoritySlashes,
    SpecialAuthorityIgnoreSlashes,
    Authority,
    Host,
    Hostname,
    Port,
    File,
    FileSlash,
    FileHost,
    PathStart,
    Path,
    OpaquePath,
    Query,
    Fragment,
}

internal static class UrlParser
{
    public static bool IsSpecialScheme(string scheme) => scheme is "ftp" or "file" or "http" or "https" or "ws" or "wss";

    public static int? DefaultPort(string scheme) => scheme switch
    {
        "ftp" => 21,
        "http" or "ws" => 80,
        "https" or "wss" => 443,
        _ => null,
    };

    /// <summary>The API URL parser: null on failure.</summary>
    public static UrlRecord? Parse(string input, UrlRecord? baseUrl)
    {
        var url = new UrlRecord();
        return BasicParse(input, baseUrl, url, UrlState.None) ? url : null;
    }

    // ---------------------------------------------------------------------------------------------
    // Percent-encode sets
    // ---------------------------------------------------------------------------------------------

    public enum EncodeSet : byte
    {
        C0Control,
        Fragment,
        Query,
        SpecialQuery,
        Path,
        Userinfo,
        Component,
        FormUrlEncoded,
    }

    public static bool InSet(int c, EncodeSet set)
    {
        if (c < 0x20 || c > 0x7E) return true;
        switch (set)
        {
            case EncodeSet.C0Control:
                return false;
            case EncodeSet.Fragment:
                return c is ' ' or '"' or '<' or '>' or '`';
            case EncodeSet.Query:
                return c is ' ' or '"' or '#' or '<' or '>';
            case EncodeSet.SpecialQuery:
                return c is ' ' or '"' or '#' or '<' or '>' or '\'';
            case EncodeSet.Path:
                return c is ' ' or '"' or '#' or '<' or '>' or '?' or '`' or '{' or '}';
        }

        if (c is ' ' or '"' or '#' or '<' or '>' or '?' or '`' or '{' or '}' or '/' or ':' or ';' or '=' or '@' or '[' or '\\' or ']' or '^' or '|') return true;
        if (set == EncodeSet.Userinfo) return false;
        if (c is '$' or '%' or '&' or '+' or ',') return true;
        if (set == EncodeSet.Component) return false;
        return c is '!' or '\'' or '(' or ')' or '~';
    }

    private static readonly string s_hex = "0123456789ABCDEF";

    public static void PercentEncode(StringBuilder sb, int c, EncodeSet set, bool spaceAsPlus = false)
    {
        if (spaceAsPlus && c == ' ')
        {
            sb.Append('+');
            return;
        }

        if (!InSet(c, set))
        {
            sb.Append((char)c);
            return;
        }

        Span<byte> bytes = stackalloc byte[4];
        int n = new Rune(c).EncodeToUtf8(bytes);
        for (int i = 0; i < n; i++)
        {
            sb.Append('%').Append(s_hex[bytes[i] >> 4]).Append(s_hex[bytes[i] & 0xF]);
        }
    }

    public static string PercentEncodeString(string s, EncodeSet set, bool spaceAsPlus = false)
    {
        var sb = new StringBuilder(s.Length);
        foreach (Rune r in WebIdl.ToScalarValueString(s).EnumerateRunes()) PercentEncode(sb, r.Value, set, spaceAsPlus);
        return sb.ToString();
    }

    /// <see href="https://url.spec.whatwg.org/#percent-decode"/>
    public static byte[] PercentDecode(ReadOnlySpan<byte> input)
    {
        var output = new List<byte>(input.Length);
        for (int i = 0; i < input.Length; i++)
        {
            byte b = input[i];
            if (b == '%' && i + 2 < input.Length && IsHex(input[i + 1]) && IsHex(input[i + 2]))
            {
                output.Add((byte)((HexValue(input[i + 1]) << 4) | HexValue(input[i + 2])));
                i += 2;
            }
            else
            {
                output.Add(b);
            }
        }

        return output.ToArray();
    }

    private static bool IsHex(int c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    private static int HexValue(int c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    // ---------------------------------------------------------------------------------------------
    // The basic URL parser
    // ---------------------------------------------------------------------------------------------

    private static int[] ToCodePoints(string s)
    {
        var list = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(char.ConvertToUtf32(c, s[i + 1]));
                i++;
            }
            else
            {
                list.Add(char.IsSurrogate(c) ? 0xFFFD : c);
            }
        }

        return list.ToArray();
    }

    private static bool IsAsciiAlpha(int c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static bool IsAsciiDigit(int c) => c is >= '0' and <= '9';

    private static bool IsWindowsDriveLetter(ReadOnlySpan<int> s) => s.Length == 2 && IsAsciiAlpha(s[0]) && (s[1] == ':' || s[1] == '|');

    private static bool IsNormalizedWindowsDriveLetter(string s) => s.Length == 2 && IsAsciiAlpha(s[0]) && s[1] == ':';

    private static bool StartsWithWindowsDriveLetter(ReadOnlySpan<int> s) =>
        s.Length >= 2 && IsWindowsDriveLetter(s[..2]) && (s.Length == 2 || s[2] is '/' or '\\' or '?' or '#');

    private static bool IsSingleDot(string s) => s == "." || s.Equals("%2e", StringComparison.OrdinalIgnoreCase);

    private static bool IsDoubleDot(string s) =>
        s == ".." || s.Equals(".%2e", StringComparison.OrdinalIgnoreCase) || s.Equals("%2e.", StringComparison.OrdinalIgnoreCase)
        || s.Equals("%2e%2e", StringComparison.OrdinalIgnoreCase);

    /// <see href="https://url.spec.whatwg.org/#shorten-a-urls-path"/>
    private static void ShortenPath(UrlRecord url)
    {
        if (url.Scheme == "file" && url.Path.Count == 1 && IsNormalizedWindowsDriveLetter(url.Path[0])) return;
        if (url.Path.Count > 0) url.Path.RemoveAt(url.Path.Count - 1);
    }

    /// <summary>
    /// The basic URL parser. Returns false on failure. With a state override it modifies <paramref name="url"/>
    /// in place (a "return" without failure is true).
    /// </summary>
    public static bool BasicParse(string inputString, UrlRecord? baseUrl, UrlRecord url, UrlState stateOverride)
    {
        // 1. If url is not given: strip leading and trailing C0 control or space.
        if (stateOverride == UrlState.None)
        {
            int start = 0;
            int end = inputString.Length;
            while (start < end && inputString[start] <= ' ') start++;
            while (end > start && inputString[end - 1] <= ' ') end--;
            inputString = inputString[start..end];
        }

        // 2-3. Remove all ASCII tab or newline from input.
        if (inputString.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)
        {
            inputString = inputString.Replace("\t", "").Replace("\n", "").Replace("\r", "");
        }

        int[] input = ToCodePoints(inputString);
        UrlState state = stateOverride == UrlState.None ? UrlState.SchemeStart : stateOverride;
        var buffer = new StringBuilder();
        bool atSignSeen = false, insideBrackets = false, passwordTokenSeen = false;
        int pointer = 0;
        const int Eof = -1;

        for (; ; pointer++)
        {
            int c = pointer < input.Length ? input[pointer] : Eof;
            ReadOnlySpan<int> remaining = pointer + 1 < input.Length ? input.AsSpan(pointer + 1) : [];

            switch (state)
            {
                case UrlState.SchemeStart:
                    if (IsAsciiAlpha(c))
                    {
                        buffer.Append(char.ToLowerInvariant((char)c));
                        state = UrlState.Scheme;
                    }
                    else if (stateOverride == UrlState.None)
                    {
                        state = UrlState.NoScheme;
                        pointer--;
                    }
                    else
                    {
                        return false;
                    }

                    break;

                case UrlState.Scheme:
                    if (c >= 0 && (IsAsciiAlpha(c) || IsAsciiDigit(c) || c is '+' or '-' or '.'))
                    {
                        buffer.Append(char.ToLowerInvariant((char)c));
                    }
                    else if (c == ':')
                    {
                        string candidate = buffer.ToString();
                        if (stateOverride != UrlState.None)
                        {
                            if (IsSpecialScheme(url.Scheme) != IsSpecialScheme(candidate)) return true;
                            if ((url.IncludesCredentials || url.Port is not null) && candidate == "file") return true;
                            if (url.Scheme == "file" && url.Host is { Length: 0 }) return true;
                        }

                        url.Scheme = candidate;
                        if (stateOverride != UrlState.None)
                        {
                            if (url.Port == DefaultPort(url.Scheme)) url.Port = null;
                            return true;
                        }

                        buffer.Clear();
                        if (url.Scheme == "file")
                        {
                            state = UrlState.File;
                        }
                        else if (url.IsSpecial && baseUrl is not null && baseUrl.Scheme == url.Scheme)
                        {
                            state = UrlState.SpecialRelativeOrAuthority;
                        }
                        else if (url.IsSpecial)
                        {
                            state = UrlState.SpecialAuthoritySlashes;
                        }
                        else if (remaining.Length > 0 && remaining[0] == '/')
                        {
                            state = UrlState.PathOrAuthority;
                            pointer++;
                        }
                        else
                        {
                            url.OpaquePath = "";
                            state = UrlState.OpaquePath;
                        }
                    }
                    else if (stateOverride == UrlState.None)
                    {
                        buffer.Clear();
                        state = UrlState.NoScheme;
                        pointer = -1;
                    }
                    else
                    {
                        return false;
                    }

                    break;

                case UrlState.NoScheme:
                    if (baseUrl is null || (baseUrl.HasOpaquePath && c != '#')) return false;
                    if (baseUrl.HasOpaquePath && c == '#')
                    {
                        url.Scheme = baseUrl.Scheme;
                        url.OpaquePath = baseUrl.OpaquePath;
                        url.Query = baseUrl.Query;
                        url.Fragment = "";
                        state = UrlState.Fragment;
                    }
                    else if (baseUrl.Scheme != "file")
                    {
                        state = UrlState.Relative;
                        pointer--;
                    }
                    else
                    {
                        state = UrlState.File;
                        pointer--;
                    }

                    break;

                case UrlState.SpecialRelativeOrAuthority:
                    if (c == '/' && remaining.Length > 0 && remaining[0] == '/')
                    {
                        state = UrlState.SpecialAuthorityIgnoreSlashes;
                        pointer++;
                    }
                    else
                    {
                        state = UrlState.Relative;
                        pointer--;
                    }

                    break;

                case UrlState.PathOrAuthority:
                    if (c == '/')
                    {
                        state = UrlState.Authority;
                    }
                    else
                    {
                        state = UrlState.Path;
                        pointer--;
                    }

                    break;

                case UrlState.Relative:
                    url.Scheme = baseUrl!.Scheme;
                    if (c == '/' || (url.IsSpecial && c == '\\'))
                    {
                        state = UrlState.RelativeSlash;
                    }
                    else
                    {
                        url.Username = baseUrl.Username;
                        url.Password = baseUrl.Password;
                        url.Host = baseUrl.Host;
                        url.Port = baseUrl.Port;
                        url.Path = new List<string>(baseUrl.Path);
                        url.Query = baseUrl.Query;
                        if (c == '?')
                        {
                            url.Query = "";
                            state = UrlState.Query;
                        }
                        else if (c == '#')
                        {
                            url.Fragment = "";
                            state = UrlState.Fragment;
                        }
                        else if (c != Eof)
                        {
                            url.Query = null;
                            ShortenPath(url);
                            state = UrlState.Path;
                            pointer--;
                        }
                    }

                    break;

                case UrlState.RelativeSlash:
                    if (url.IsSpecial && (c == '/' || c == '\\'))
                    {
                        state = UrlState.SpecialAuthorityIgnoreSlashes;
                    }
                    else if (c == '/')
                    {
                        state = UrlState.Authority;
                    }
                    else
                    {
                        url.Username = baseUrl!.Username;
                        url.Password = baseUrl.Password;
                        url.Host = baseUrl.Host;
                        url.Port = baseUrl.Port;
                        state = UrlState.Path;
                        pointer--;
                    }

                    break;

                case UrlState.SpecialAuthoritySlashes:
                    if (c == '/' && remaining.Length > 0 && remaining[0] == '/')
                    {
                        state = UrlState.SpecialAuthorityIgnoreSlashes;
                        pointer++;
                    }
                    else
                    {
                        state = UrlState.SpecialAuthorityIgnoreSlashes;
                        pointer--;
                    }

                    break;

                case UrlState.SpecialAuthorityIgnoreSlashes:
                    if (c != '/' && c != '\\')
                    {
                        state = UrlState.Authority;
                        pointer--;
                    }

                    break;

                case UrlState.Authority:
                    if (c == '@')
                    {
                        if (atSignSeen) buffer.Insert(0, "%40");
                        atSignSeen = true;
                        var userinfo = new StringBuilder();
                        var password = new StringBuilder();
                        foreach (Rune r in buffer.ToString().EnumerateRunes())
                        {
                            if (r.Value == ':' && !passwordTokenSeen)
                            {
                                passwordTokenSeen = true;
                                continue;
                            }

                            PercentEncode(passwordTokenSeen ? password : userinfo, r.Value, EncodeSet.Userinfo);
                        }

                        url.Username += userinfo.ToString();
                        url.Password += password.ToString();
                        buffer.Clear();
                    }
                    else if (c == Eof || c is '/' or '?' or '#' || (url.IsSpecial && c == '\\'))
                    {
                        if (atSignSeen && buffer.Length == 0) return false;
                        pointer -= CodePointCount(buffer) + 1;
                        buffer.Clear();
                        state = UrlState.Host;
                    }
                    else
                    {
                        AppendCodePoint(buffer, c);
                    }

                    break;

                case UrlState.Host:
                case UrlState.Hostname:
                    if (stateOverride != UrlState.None && url.Scheme == "file")
                    {
                        pointer--;
                        state = UrlState.FileHost;
                    }
                    else if (c == ':' && !insideBrackets)
                    {
                        if (buffer.Length == 0) return false;
                        if (stateOverride == UrlState.Hostname) return false;
                        string? host = ParseHost(buffer.ToString(), !url.IsSpecial);
                        if (host is null) return false;
                        url.Host = host;
                        buffer.Clear();
                        state = UrlState.Port;
                    }
                    else if (c == Eof || c is '/' or '?' or '#' || (url.IsSpecial && c == '\\'))
                    {
                        pointer--;
                        if (url.IsSpecial && buffer.Length == 0) return false;
                        if (stateOverride != UrlState.None && buffer.Length == 0 && (url.IncludesCredentials || url.Port is not null)) return false;
                        string? host = ParseHost(buffer.ToString(), !url.IsSpecial);
                        if (host is null) return false;
                        url.Host = host;
                        buffer.Clear();
                        state = UrlState.PathStart;
                        if (stateOverride != UrlState.None) return true;
                    }
                    else
                    {
                        if (c == '[') insideBrackets = true;
                        if (c == ']') insideBrackets = false;
                        AppendCodePoint(buffer, c);
                    }

                    break;

                case UrlState.Port:
                    if (IsAsciiDigit(c))
                    {
                        buffer.Append((char)c);
                    }
                    else if (c == Eof || c is '/' or '?' or '#' || (url.IsSpecial && c == '\\') || stateOverride != UrlState.None)
                    {
                        if (buffer.Length > 0)
                        {
                            string digits = buffer.ToString().TrimStart('0');
                            if (digits.Length > 5) return false;
                            int port = digits.Length == 0 ? 0 : int.Parse(digits, CultureInfo.InvariantCulture);
                            if (port > 65535) return false;
                            url.Port = port == DefaultPort(url.Scheme) ? null : port;
                            buffer.Clear();
                            if (stateOverride != UrlState.None) return true;
                        }

                        if (stateOverride != UrlState.None) return false;
                        state = UrlState.PathStart;
                        pointer--;
                    }
                    else
                    {
                        return false;
                    }

                    break;

                case UrlState.File:
                    url.Scheme = "file";
                    url.Host = "";
                    if (c == '/' || c == '\\')
                    {
                        state = UrlState.FileSlash;
                    }
                    else if (baseUrl is not null && baseUrl.Scheme == "file")
                    {
                        url.Host = baseUrl.Host;
                        url.Path = new List<string>(baseUrl.Path);
                        url.Query = baseUrl.Query;
                        if (c == '?')
                        {
                            url.Query = "";
                            state = UrlState.Query;
                        }
                        else if (c == '#')
                        {
                            url.Fragment = "";
                            state = UrlState.Fragment;
                        }
                        else if (c != Eof)
                        {
                            url.Query = null;
                            if (!StartsWithWindowsDriveLetter(input.AsSpan(pointer))) ShortenPath(url);
                            else url.Path.Clear();
                            state = UrlState.Path;
                            pointer--;
                        }
                    }
                    else
                    {
                        state = UrlState.Path;
                        pointer--;
                    }

                    break;

                case UrlState.FileSlash:
                    if (c == '/' || c == '\\')
                    {
                        state = UrlState.FileHost;
                    }
                    else
                    {
                        if (baseUrl is not null && baseUrl.Scheme == "file")
                        {
                            url.Host = baseUrl.Host;
                            if (!StartsWithWindowsDriveLetter(input.AsSpan(Math.Min(pointer, input.Length)))
                                && baseUrl.Path.Count > 0 && IsNormalizedWindowsDriveLetter(baseUrl.Path[0]))
                            {
                                url.Path.Add(baseUrl.Path[0]);
                            }
                        }

                        state = UrlState.Path;
                        pointer--;
                    }

                    break;

                case UrlState.FileHost:
                    if (c == Eof || c is '/' or '\\' or '?' or '#')
                    {
                        pointer--;
                        int[] bufferPoints = ToCodePoints(buffer.ToString());
                        if (stateOverride == UrlState.None && IsWindowsDriveLetter(bufferPoints))
                        {
                            state = UrlState.Path;
                        }
                        else if (buffer.Length == 0)
                        {
                            url.Host = "";
                            if (stateOverride != UrlState.None) return true;
                            state = UrlState.PathStart;
                        }
                        else
                        {
                            string? host = ParseHost(buffer.ToString(), !url.IsSpecial);
                            if (host is null) return false;
                            if (host == "localhost") host = "";
                            url.Host = host;
                            if (stateOverride != UrlState.None) return true;
                            buffer.Clear();
                            state = UrlState.PathStart;
                        }
                    }
                    else
                    {
                        AppendCodePoint(buffer, c);
                    }

                    break;

                case UrlState.PathStart:
                    if (url.IsSpecial)
                    {
                        state = UrlState.Path;
                        if (c != '/' && c != '\\') pointer--;
                    }
                    else if (stateOverride == UrlState.None && c == '?')
                    {
                        url.Query = "";
                        state = UrlState.Query;
                    }
                    else if (stateOverride == UrlState.None && c == '#')
                    {
                        url.Fragment = "";
                        state = UrlState.Fragment;
                    }
                    else if (c != Eof)
                    {
                        state = UrlState.Path;
                        if (c != '/') pointer--;
                    }
                    else if (stateOverride != UrlState.None && url.Host is null)
                    {
                        url.Path.Add("");
                    }

                    break;

                case UrlState.Path:
                    if (c == Eof || c == '/' || (url.IsSpecial && c == '\\') || (stateOverride == UrlState.None && c is '?' or '#'))
                    {
                        string segment = buffer.ToString();
                        bool slash = c == '/' || (url.IsSpecial && c == '\\');
                        if (IsDoubleDot(segment))
                        {
                            ShortenPath(url);
                            if (!slash) url.Path.Add("");
                        }
                        else if (IsSingleDot(segment))
                        {
                            if (!slash) url.Path.Add("");
                        }
                        else
                        {
                            if (url.Scheme == "file" && url.Path.Count == 0 && IsWindowsDriveLetter(ToCodePoints(segment)))
                            {
                                segment = segment[0] + ":";
                            }

                            url.Path.Add(segment);
                        }

                        buffer.Clear();
                        if (c == '?')
                        {
                            url.Query = "";
                            state = UrlState.Query;
                        }
                        else if (c == '#')
                        {
                            url.Fragment = "";
                            state = UrlState.Fragment;
                        }
                    }
                    else
                    {
                        PercentEncode(buffer, c, EncodeSet.Path);
                    }

                    break;

                case UrlState.OpaquePath:
                    if (c == '?')
                    {
                        url.Query = "";
                        state = UrlState.Query;
                    }
                    else if (c == '#')
                    {
                        url.Fragment = "";
                        state = UrlState.Fragment;
                    }
                    else if (c != Eof)
                    {
                        var sb = new StringBuilder(url.OpaquePath);
                        PercentEncode(sb, c, EncodeSet.C0Control);
                        url.OpaquePath = sb.ToString();
                    }

                    break;

                case UrlState.Query:
                    if ((stateOverride == UrlState.None && c == '#') || c == Eof)
                    {
                        var sb = new StringBuilder(url.Query);
                        EncodeSet set = url.IsSpecial ? EncodeSet.SpecialQuery : EncodeSet.Query;
                        foreach (Rune r in buffer.ToString().EnumerateRunes()) PercentEncode(sb, r.Value, set);
                        url.Query = sb.ToString();
                        buffer.Clear();
                        if (c == '#')
                        {
                            url.Fragment = "";
                            state = UrlState.Fragment;
                        }
                    }
                    else if (c != Eof)
                    {
                        AppendCodePoint(buffer, c);
                    }

                    break;

                case UrlState.Fragment:
                    if (c != Eof)
                    {
                        var sb = new StringBuilder(url.Fragment);
                        PercentEncode(sb, c, EncodeSet.Fragment);
                        url.Fragment = sb.ToString();
                    }

                    break;
            }

            // The end of input ends the loop, unless a state moved the pointer back to process it again.
            if (pointer >= input.Length) break;
        }

        return true;
    }

    private static void AppendCodePoint(StringBuilder sb, int c)
    {
        if (c < 0x10000) sb.Append((char)c);
        else sb.Append(char.ConvertFromUtf32(c));
    }

    private static int CodePointCount(StringBuilder sb)
    {
        int n = 0;
        for (int i = 0; i < sb.Length; i++)
        {
            if (!char.IsLowSurrogate(sb[i])) n++;
        }

        return n;
    }

    // ---------------------------------------------------------------------------------------------
    // Hosts
    // ---------------------------------------------------------------------------------------------

    private static bool IsForbiddenHostCodePoint(int c) =>
        c is 0 or '\t' or '\n' or '\r' or ' ' or '#' or '/' or ':' or '<' or '>' or '?' or '@' or '[' or '\\' or ']' or '^' or '|';

    private static bool IsForbiddenDomainCodePoint(int c) => IsForbiddenHostCodePoint(c) || c <= 0x1F || c == '%' || c == 0x7F;

    /// <summary>The host parser: the serialized host, or null on failure.</summary>
    /// <see href="https://url.spec.whatwg.org/#concept-host-parser"/>
    public static string? ParseHost(string input, bool isOpaque)
    {
        if (input.StartsWith('['))
        {
            if (!input.EndsWith(']')) return null;
            ushort[]? address = ParseIPv6(input[1..^1]);
            return address is null ? null : "[" + SerializeIPv6(address) + "]";
        }

        if (isOpaque)
        {
            foreach (char c in input)
            {
                if (IsForbiddenHostCodePoint(c)) return null;
            }

            return PercentEncodeString(input, EncodeSet.C0Control);
        }

        string domain = WebIdl.Utf8DecodeNoBom(PercentDecode(Encoding.UTF8.GetBytes(input)));
        string? asciiDomain = DomainToAscii(domain);
        if (asciiDomain is null) return null;
        foreach (char c in asciiDomain)
        {
            if (IsForbiddenDomainCodePoint(c)) return null;
        }

        if (EndsInANumber(asciiDomain))
        {
            uint? ipv4 = ParseIPv4(asciiDomain);
            return ipv4 is { } v ? $"{v >> 24}.{(v >> 16) & 0xFF}.{(v >> 8) & 0xFF}.{v & 0xFF}" : null;
        }

        return asciiDomain;
    }

    private static readonly IdnMapping s_idn = new() { AllowUnassigned = false, UseStd3AsciiRules = false };

    /// <see href="https://url.spec.whatwg.org/#concept-domain-to-ascii"/>
    private static string? DomainToAscii(string domain)
    {
        bool ascii = true;
        foreach (char c in domain)
        {
            if (c >= 0x80)
            {
                ascii = false;
                break;
            }
        }

        if (ascii && !domain.Contains("xn--", StringComparison.OrdinalIgnoreCase))
        {
            return domain.ToLowerInvariant();
        }

        try
        {
            // UTS #46 ToASCII maps (case folds, normalizes) label by label; IdnMapping refuses empty labels,
            // so a trailing dot is kept aside.
            bool trailingDot = domain.EndsWith('.') || domain.EndsWith('\u3002') || domain.EndsWith('\uFF0E') || domain.EndsWith('\uFF61');
            string core = trailingDot ? domain[..^1] : domain;
            if (core.Length == 0) return null;
            string result = s_idn.GetAscii(core.ToLowerInvariant());
            return (trailingDot ? result + "." : result).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <see href="https://url.spec.whatwg.org/#ends-in-a-number-checker"/>
    private static bool EndsInANumber(string input)
    {
        var parts = new List<string>(input.Split('.'));
        if (parts[^1].Length == 0)
        {
            if (parts.Count == 1) return false;
            parts.RemoveAt(parts.Count - 1);
        }

        string last = parts[^1];
        if (last.Length > 0 && last.All(c => c is >= '0' and <= '9')) return true;
        return ParseIPv4Number(last, out _);
    }

    /// <see href="https://url.spec.whatwg.org/#ipv4-number-parser"/>
    private static bool ParseIPv4Number(string input, out ulong value)
    {
        value = 0;
        if (input.Length == 0) return false;
        int radix = 10;
        if (input.Length >= 2 && input[0] == '0' && (input[1] == 'x' || input[1] == 'X'))
        {
            input = input[2..];
            radix = 16;
        }
        else if (input.Length >= 2 && input[0] == '0')
        {
            input = input[1..];
            radix = 8;
        }

        if (input.Length == 0) return true;
        foreach (char c in input)
        {
            int d = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : c is >= 'A' and <= 'F' ? c - 'A' + 10 : 99;
            if (d >= radix) return false;
            value = value > (1UL << 40) ? value : value * (ulong)radix + (ulong)d;
        }

        return true;
    }

    /// <see href="https://url.spec.whatwg.org/#concept-ipv4-parser"/>
    private static uint? ParseIPv4(string input)
    {
        var parts = new List<string>(input.Split('.'));
        if (parts[^1].Length == 0 && parts.Count > 1) parts.RemoveAt(parts.Count - 1);
        if (parts.Count > 4) return null;
        var numbers = new List<ulong>(parts.Count);
        foreach (string part in parts)
        {
            if (!ParseIPv4Number(part, out ulong n)) return null;
            numbers.Add(n);
        }

        for (int i = 0; i < numbers.Count - 1; i++)
        {
            if (numbers[i] > 255) return null;
        }

        if (numbers[^1] >= Math.Pow(256, 5 - numbers.Count)) return null;
        ulong ipv4 = numbers[^1];
        for (int i = 0; i < numbers.Count - 1; i++)
        {
            ipv4 += numbers[i] * (ulong)Math.Pow(256, 3 - i);
        }

        return (uint)ipv4;
    }

    /// <see href="https://url.spec.whatwg.org/#concept-ipv6-parser"/>
    private static ushort[]? ParseIPv6(string inputString)
    {
        int[] input = ToCodePoints(inputString);
        var address = new ushort[8];
        int pieceIndex = 0;
        int compress = -1;
        int pointer = 0;
        int C(int p) => p < input.Length ? input[p] : -1;

        if (C(pointer) == ':')
        {
            if (C(pointer + 1) != ':') return null;
            pointer += 2;
            pieceIndex++;
            compress = pieceIndex;
        }

        while (C(pointer) != -1)
        {
            if (pieceIndex == 8) return null;
            if (C(pointer) == ':')
            {
                if (compress != -1) return null;
                pointer++;
                pieceIndex++;
                compress = pieceIndex;
                continue;
            }

            int value = 0, length = 0;
            while (length < 4 && C(pointer) != -1 && IsHex(C(pointer)))
            {
                value = value * 0x10 + HexValue(C(pointer));
                pointer++;
                length++;
            }

            if (C(pointer) == '.')
            {
                if (length == 0) return null;
                pointer -= length;
                if (pieceIndex > 6) return null;
                int numbersSeen = 0;
                while (C(pointer) != -1)
                {
                    int ipv4Piece = -1;
                    if (numbersSeen > 0)
                    {
                        if (C(pointer) == '.' && numbersSeen < 4) pointer++;
                        else return null;
                    }

                    if (!IsAsciiDigit(C(pointer))) return null;
                    while (IsAsciiDigit(C(pointer)))
                    {
                        int number = C(pointer) - '0';
                        if (ipv4Piece == -1) ipv4Piece = number;
                        else if (ipv4Piece == 0) return null;
                        else ipv4Piece = ipv4Piece * 10 + number;
                        if (ipv4Piece > 255) return null;
                        pointer++;
                    }

                    address[pieceIndex] = (ushort)(address[pieceIndex] * 0x100 + ipv4Piece);
                    numbersSeen++;
                    if (numbersSeen == 2 || numbersSeen == 4) pieceIndex++;
                }

                if (numbersSeen != 4) return null;
                break;
            }
            else if (C(pointer) == ':')
            {
                pointer++;
                if (C(pointer) == -1) return null;
            }
            else if (C(pointer) != -1)
            {
                return null;
            }

            address[pieceIndex] = (ushort)value;
            pieceIndex++;
        }

        if (compress != -1)
        {
            int swaps = pieceIndex - compress;
            pieceIndex = 7;
            while (pieceIndex != 0 && swaps > 0)
            {
                (address[pieceIndex], address[compress + swaps - 1]) = (address[compress + swaps - 1], address[pieceIndex]);
                pieceIndex--;
                swaps--;
            }
        }
        else if (pieceIndex != 8)
        {
            return null;
        }

        return address;
    }

    /// <see href="https://url.spec.whatwg.org/#concept-ipv6-serializer"/>
    private static string SerializeIPv6(ushort[] address)
    {
        // The first longest run of two or more zero pieces is compressed.
        int compress = -1, bestLength = 1;
        for (int i = 0; i < 8;)
        {
            if (address[i] != 0)
            {
                i++;
                continue;
            }

            int j = i;
            while (j < 8 && address[j] == 0) j++;
            if (j - i > bestLength)
            {
                bestLength = j - i;
                compress = i;
            }

            i = j;
        }

        var sb = new StringBuilder();
        bool ignore0 = false;
        for (int i = 0; i < 8; i++)
        {
            if (ignore0 && address[i] == 0) continue;
            ignore0 = false;
            if (compress == i)
            {
                sb.Append(i == 0 ? "::" : ":");
                ignore0 = true;
                continue;
            }

            sb.Append(address[i].ToString("x", CultureInfo.InvariantCulture));
            if (i != 7) sb.Append(':');
        }

        return sb.ToString();
    }
}
