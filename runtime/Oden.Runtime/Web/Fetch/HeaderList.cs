// HeaderList: the Fetch standard's header list (https://fetch.spec.whatwg.org/#concept-header-list).
//
// Invariants:
// - Names are stored lower-cased (header names are case-insensitive; iteration lower-cases anyway, and
//   HTTP/2 puts lower-case names on the wire), values already normalized and validated.
// - Entries keep insertion order; Get combines the values of one name with ", ".
// - SortAndCombine (what iteration and the wire see) is cached until the next mutation: names in code-unit
//   order, one combined entry per name except set-cookie, which keeps one entry per value.
namespace Oden.Runtime.Web;

internal sealed class HeaderList
{
    private readonly List<KeyValuePair<string, string>> _entries;
    private List<KeyValuePair<string, string>>? _sorted;

    public HeaderList(int capacity = 4)
    {
        _entries = new List<KeyValuePair<string, string>>(capacity);
    }

    public int Count => _entries.Count;

    public IReadOnlyList<KeyValuePair<string, string>> RawEntries => _entries;

    public HeaderList Clone()
    {
        var copy = new HeaderList(_entries.Count);
        copy._entries.AddRange(_entries);
        copy._sorted = _sorted;
        return copy;
    }

    /// <summary>Appends an entry whose name is already lower-cased and value normalized.</summary>
    public void Append(string lowerName, string value)
    {
        _entries.Add(new KeyValuePair<string, string>(lowerName, value));
        _sorted = null;
    }

    public bool Contains(string lowerName)
    {
        foreach (var e in _entries)
        {
            if (e.Key == lowerName) return true;
        }

        return false;
    }

    /// <see href="https://fetch.spec.whatwg.org/#concept-header-list-get"/>
    public string? Get(string lowerName)
    {
        string? result = null;
        foreach (var e in _entries)
        {
            if (e.Key != lowerName) continue;
            result = result is null ? e.Value : result + ", " + e.Value;
        }

        return result;
    }

    public void Delete(string lowerName)
    {
        int first = IndexOf(lowerName);
        if (first < 0) return;
        RemoveFrom(first, lowerName);
        _sorted = null;
    }

    /// <see href="https://fetch.spec.whatwg.org/#concept-header-list-set"/>
    public void Set(string lowerName, string value)
    {
        int first = IndexOf(lowerName);
        if (first < 0)
        {
            _entries.Add(new KeyValuePair<string, string>(lowerName, value));
        }
        else
        {
            _entries[first] = new KeyValuePair<string, string>(lowerName, value);
            RemoveFrom(first + 1, lowerName);
        }

        _sorted = null;
    }

    private int IndexOf(string lowerName)
    {
        for (int i = 0; i < _entries.Count; i++)
        {
            if (_entries[i].Key == lowerName) return i;
        }

        return -1;
    }

    /// <summary>Removes the entries named <paramref name="lowerName"/> at or after <paramref name="start"/>, keeping the others' order.</summary>
    private void RemoveFrom(int start, string lowerName)
    {
        int kept = start;
        for (int i = start; i < _entries.Count; i++)
        {
            if (_entries[i].Key != lowerName) _entries[kept++] = _entries[i];
        }

        _entries.RemoveRange(kept, _entries.Count - kept);
    }

    public List<string> GetSetCookie()
    {
        var values = new List<string>();
        foreach (var e in _entries)
        {
            if (e.Key == "set-cookie") values.Add(e.Value);
        }

        return values;
    }

    /// <see href="https://fetch.spec.whatwg.org/#concept-header-list-sort-and-combine"/>
    public List<KeyValuePair<string, string>> SortAndCombine()
    {
        if (_sorted is not null) return _sorted;
        var names = new List<string>(_entries.Count);
        foreach (var e in _entries)
        {
            if (!names.Contains(e.Key)) names.Add(e.Key);
        }

        names.Sort(StringComparer.Ordinal);
        var result = new List<KeyValuePair<string, string>>(names.Count);
        foreach (string name in names)
        {
            if (name == "set-cookie")
            {
                foreach (var e in _entries)
                {
                    if (e.Key == name) result.Add(e);
                }
            }
            else
            {
                result.Add(new KeyValuePair<string, string>(name, Get(name)!));
            }
        }

        return _sorted = result;
    }

    // ---------------------------------------------------------------------------------------------
    // Validation
    // ---------------------------------------------------------------------------------------------

    /// <summary>A header name is an HTTP token: RFC 9110 tchar+.</summary>
    public static bool IsValidName(string name)
    {
        if (name.Length == 0) return false;
        foreach (char c in name)
        {
            if (!IsTokenChar(c)) return false;
        }

        return true;
    }

    public static bool IsTokenChar(char c) =>
        c < 128 && (char.IsAsciiLetterOrDigit(c) || c is '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~');

    /// <summary>Strips leading and trailing HTTP whitespace (tab, LF, CR, space).</summary>
    /// <see href="https://fetch.spec.whatwg.org/#concept-header-value-normalize"/>
    public static string Normalize(string value)
    {
        int start = 0;
        int end = value.Length;
        while (start < end && IsHttpWhitespace(value[start])) start++;
        while (end > start && IsHttpWhitespace(value[end - 1])) end--;
        return start == 0 && end == value.Length ? value : value[start..end];
    }

    public static bool IsHttpWhitespace(char c) => c is '\t' or '\n' or '\r' or ' ';

    /// <summary>A normalized value has no NUL, LF or CR.</summary>
    public static bool IsValidValue(string value) => value.AsSpan().IndexOfAny('\0', '\n', '\r') < 0;

    /// <summary>ASCII lower-casing without allocating when already lower case.</summary>
    public static string ToLowerAscii(string name)
    {
        foreach (char c in name)
        {
            if (c is >= 'A' and <= 'Z') return string.Create(name.Length, name, static (span, s) =>
            {
                for (int i = 0; i < s.Length; i++) span[i] = s[i] is >= 'A' and <= 'Z' ? (char)(s[i] + 32) : s[i];
            });
        }

        return name;
    }
}
