// JsSymbol: a symbol value. Identity is reference identity. The well-known symbols are process-wide
// (the specification shares them between all realms), so they can key shapes and inline caches.
namespace Oden.Runtime;

public sealed class JsSymbol
{
    public JsSymbol(string? description)
    {
        Description = description;
    }

    /// <summary>The [[Description]]: undefined is null.</summary>
    public string? Description { get; }

    /// <summary>Non-null for symbols from Symbol.for: the registry key.</summary>
    internal string? RegistryKey { get; init; }

    public static readonly JsSymbol AsyncIterator = new("Symbol.asyncIterator");
    public static readonly JsSymbol HasInstance = new("Symbol.hasInstance");
    public static readonly JsSymbol IsConcatSpreadable = new("Symbol.isConcatSpreadable");
    public static readonly JsSymbol Iterator = new("Symbol.iterator");
    public static readonly JsSymbol Match = new("Symbol.match");
    public static readonly JsSymbol MatchAll = new("Symbol.matchAll");
    public static readonly JsSymbol Replace = new("Symbol.replace");
    public static readonly JsSymbol Search = new("Symbol.search");
    public static readonly JsSymbol Species = new("Symbol.species");
    public static readonly JsSymbol Split = new("Symbol.split");
    public static readonly JsSymbol ToPrimitive = new("Symbol.toPrimitive");
    public static readonly JsSymbol ToStringTag = new("Symbol.toStringTag");
    public static readonly JsSymbol Unscopables = new("Symbol.unscopables");

    /// <summary>Finds a well-known symbol by its name without the "Symbol." prefix ("iterator").</summary>
    public static JsSymbol? WellKnown(string name) => name switch
    {
        "asyncIterator" => AsyncIterator,
        "hasInstance" => HasInstance,
        "isConcatSpreadable" => IsConcatSpreadable,
        "iterator" => Iterator,
        "match" => Match,
        "matchAll" => MatchAll,
        "replace" => Replace,
        "search" => Search,
        "species" => Species,
        "split" => Split,
        "toPrimitive" => ToPrimitive,
        "toStringTag" => ToStringTag,
        "unscopables" => Unscopables,
        _ => null,
    };

    /// <summary>SymbolDescriptiveString: "Symbol(desc)".</summary>
    public override string ToString() => "Symbol(" + Description + ")";
}
