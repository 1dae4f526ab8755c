// CaseFolding: the i flag's character classes, as ECMAScript's Canonicalize defines them (22.2.2.7.3):
// without u/v two code units match when their uppercase mappings agree (unless that maps a non-ASCII
// unit to ASCII, as for U+017F and U+0131), with u/v when their simple case foldings agree. The
// classes come from node (CaseFoldingData.g.cs, runtime/tools/gen-case-folding.mjs). The translator closes
// every literal and class over them and compiles without RegexOptions.IgnoreCase, whose equivalences
// are .NET's (they add U+212A KELVIN SIGN to k and miss µ/μ, ς/σ, ϐ/β …).
namespace Oden.Runtime.Builtins;

internal static partial class CaseFolding
{
    private static Dictionary<int, int>? s_unitIndex, s_pointIndex;

    /// <summary>The class's position in the data array for each member code point (built on first use).</summary>
    private static Dictionary<int, int> Index(bool unicode)
    {
        Dictionary<int, int>? index = unicode ? s_pointIndex : s_unitIndex;
        if (index is not null) return index;
        int[] data = unicode ? s_codePointClasses : s_codeUnitClasses;
        index = [];
        for (int i = 0; i < data.Length; i += data[i] + 1)
        {
            for (int k = 1; k <= data[i]; k++) index[data[i + k]] = i;
        }

        if (unicode) s_pointIndex = index;
        else s_unitIndex = index;
        return index;
    }

    /// <summary>The characters that match <paramref name="cp"/> under i (itself included), or null when only itself.</summary>
    public static ReadOnlySpan<int> ClassOf(int cp, bool unicode)
    {
        if (!Index(unicode).TryGetValue(cp, out int at)) return default;
        int[] data = unicode ? s_codePointClasses : s_codeUnitClasses;
        return data.AsSpan(at + 1, data[at]);
    }

    /// <summary>The set plus every character that some member matches under i.</summary>
    public static (int Lo, int Hi)[] Close((int Lo, int Hi)[] ranges, bool unicode)
    {
        if (ranges.Length == 0) return ranges;

        // Disjoint sorted ranges for a binary search.
        var merged = new List<(int Lo, int Hi)>();
        foreach (var r in ranges.OrderBy(r => r.Lo))
        {
            if (merged.Count > 0 && r.Lo <= merged[^1].Hi + 1) merged[^1] = (merged[^1].Lo, Math.Max(merged[^1].Hi, r.Hi));
            else merged.Add(r);
        }

        int[] data = unicode ? s_codePointClasses : s_codeUnitClasses;
        var added = new List<(int Lo, int Hi)>();
        for (int i = 0; i < data.Length; i += data[i] + 1)
        {
            bool hit = false;
            for (int k = 1; k <= data[i] && !hit; k++) hit = Contains(merged, data[i + k]);
            if (!hit) continue;
            for (int k = 1; k <= data[i]; k++) added.Add((data[i + k], data[i + k]));
        }

        return added.Count == 0 ? ranges : [.. ranges, .. added];
    }

    private static bool Contains(List<(int Lo, int Hi)> disjoint, int cp)
    {
        int lo = 0, hi = disjoint.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (disjoint[mid].Hi < cp) lo = mid + 1;
            else if (disjoint[mid].Lo > cp) hi = mid - 1;
            else return true;
        }

        return false;
    }
}
