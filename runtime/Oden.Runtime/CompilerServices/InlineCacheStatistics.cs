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
    /// <summary>
    /// Reads every PropertySite of the generated code of <paramref name="assemblies"/>: the instance fields of each
    /// module's constant holders (a root holder's static Instance, and the holders it links to).
    /// </summary>
    public static InlineCacheStatistics Collect(IEnumerable<Assembly> assemblies)
    {
        int sites = 0, cold = 0, mono = 0, poly = 0, mega = 0;
        long misses = 0;
        var megaSites = new List<(string, int)>();
        const BindingFlags instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (Assembly assembly in assemblies)
        {
            var holders = new List<object>();
            foreach (Type type in assembly.GetTypes())
            {
                if (type.GetField("Instance", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly) is { } root
                    && root.FieldType == type && root.GetValue(null) is { } rootHolder)
                {
                    holders.Add(rootHolder);
                    foreach (FieldInfo link in type.GetFields(instance))
                    {
                        if (link.FieldType.Assembly == assembly && link.GetValue(rootHolder) is { } linked) holders.Add(linked);
                    }
                }
            }

            foreach (object holder in holders)
            {
                foreach (FieldInfo field in holder.GetType().GetFields(instance))
                {
                    if (field.FieldType != typeof(PropertySite) || field.GetValue(holder) is not PropertySite site) continue;
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
