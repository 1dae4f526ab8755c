// Inline-cache statistics of a loaded script, for `odenc run --ic-stats` and the performance work: how
// many property/call/global sites are cold, monomorphic, polymorphic or megamorphic after a run, how often
// they missed, and, for code compiled with CompilationOptions.CountCacheAccesses (what --ic-stats does),
// how often they were used, hence their hits. Production code counts misses only: a counter on the hit path
// would cost every property access.
using System.Globalization;
using System.Reflection;

namespace Oden.Runtime.CompilerServices;

public sealed record InlineCacheStatistics(int Sites, int Cold, int Monomorphic, int Polymorphic, int Megamorphic, long Misses,
    IReadOnlyList<(string Key, int Misses)> MegamorphicSites, long Accesses = 0, long Hits = 0, long MegamorphicAccesses = 0,
    IReadOnlyList<(string Key, long Accesses, int Misses)>? MissingSites = null)
{
    /// <summary>
    /// Reads every PropertySite of the generated code of <paramref name="assemblies"/>: the instance fields of each
    /// module's constant holders (a root holder's static Instance, and the holders it links to).
    /// </summary>
    public static InlineCacheStatistics Collect(IEnumerable<Assembly> assemblies)
    {
        int sites = 0, cold = 0, mono = 0, poly = 0, mega = 0;
        long misses = 0, accesses = 0, hits = 0, megaAccesses = 0;
        var megaSites = new List<(string, int)>();
        var missingSites = new List<(string, long, int)>();
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
                    accesses += site.Accesses;

                    switch (site._state)
                    {
                        case null: cold++; break;
                        case CacheEntry: mono++; break;
                        case CacheEntry[]: poly++; break;
                        default: mega++; megaSites.Add((site.Key.ToString(), site.Misses)); break;
                    }

                    // A megamorphic site's lookups after it gave up are generic: neither hits nor misses.
                    if (site.IsMegamorphic) megaAccesses += Math.Max(0, site.Accesses - site.Misses);
                    else hits += Math.Max(0, site.Accesses - site.Misses);

                    // A site that missed more often than it has entries (shapes it forgot, prototype changes).
                    if (!site.IsMegamorphic && site.Misses > PropertySite.MaxEntries) missingSites.Add((site.Key.ToString(), site.Accesses, site.Misses));
                }
            }
        }

        megaSites.Sort((a, b) => b.Item2.CompareTo(a.Item2));
        missingSites.Sort((a, b) => b.Item3.CompareTo(a.Item3));
        return new InlineCacheStatistics(sites, cold, mono, poly, mega, misses, megaSites, accesses, hits, megaAccesses, missingSites);
    }

    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"inline caches: {Sites} sites: {Cold} cold, {Monomorphic} monomorphic, {Polymorphic} polymorphic (2-{PropertySite.MaxEntries} shapes), {Megamorphic} megamorphic; ");
        if (Accesses > 0)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{Accesses} accesses: {Hits} hits ({100.0 * Hits / Accesses:F4}%), {Misses} misses, {MegamorphicAccesses} generic lookups at megamorphic sites");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"{Misses} misses");
        }

        foreach (var (key, m) in MegamorphicSites.Take(10)) text.Append(CultureInfo.InvariantCulture, $"\n  megamorphic .{key}: {m} misses");
        foreach (var (key, a, m) in (MissingSites ?? []).Take(10)) text.Append(CultureInfo.InvariantCulture, $"\n  missing .{key}: {m} misses{(a > 0 ? $" of {a} accesses" : "")}");
        return text.ToString();
    }
}
