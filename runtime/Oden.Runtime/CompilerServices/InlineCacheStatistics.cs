// Inline-cache statistics of a loaded script, for `odenc run --ic-stats` and the performance work: how
// many property/call/global sites are cold, monomorphic, polymorphic or megamorphic after a run, and how
// often they missed. (Hits are not counted: a counter on the hit path would cost every property access;
// a site whose state is mono- or polymorphic and whose misses stay at its entry count hits otherwise.)
using System.Globalization;
using System.Reflection;

namespace Oden.Runtime.CompilerServices;

public sealed record InlineCacheStatistics(int Sites, int Cold, int Monomorphic, int Polymorphic, int Megamorphic, long Misses,
    IReadOnlyList<(string Key, int Misses)> MegamorphicSites)
{
    /// <summary>Reads every PropertySite the generated types of <paramref name="assemblies"/> hold in static fields.</summary>
    public static InlineCacheStatistics Collect(IEnumerable<Assembly> assemblies)
    {
        int sites = 0, cold = 0, mono = 0, poly = 0, mega = 0;
        long misses = 0;
        var megaSites = new List<(string, int)>();
        foreach (Assembly assembly in assemblies)
        {
            foreach (Type type in assembly.GetTypes())
            {
                foreach (FieldInfo field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.FieldType != typeof(PropertySite) || field.GetValue(null) is not PropertySite site) continue;
                    sites++;
                    misses += site.Misses;
                    switch (site._state)
                    {
                        case null: cold++; break;
                        case CacheEntry: mono++; break;
                        case CacheEntry[]: poly++; break;
                        default: mega++; megaSites.Add((site.Key.ToString(), site.Misses)); break;
                    }
                }
            }
        }

        megaSites.Sort((a, b) => b.Item2.CompareTo(a.Item2));
        return new InlineCacheStatistics(sites, cold, mono, poly, mega, misses, megaSites);
    }

    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"inline caches: {Sites} sites: {Cold} cold, {Monomorphic} monomorphic, {Polymorphic} polymorphic (2-{PropertySite.MaxEntries} shapes), {Megamorphic} megamorphic; {Misses} misses");
        foreach (var (key, m) in MegamorphicSites.Take(10)) text.Append(CultureInfo.InvariantCulture, $"\n  megamorphic .{key}: {m} misses");
        return text.ToString();
    }
}
