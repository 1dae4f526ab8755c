// The GlobalSymbolRegistry of Symbol.for / Symbol.keyFor.
//
// The spec shares one registry between all realms of an agent, so it is process-wide here: realms on
// different threads may register at the same time (hence the lock). Entries are never removed, as the
// spec requires (Symbol.for(k) must return the same symbol for the life of the agent); the keys are
// strings and the values JsSymbol, a runtime type, so the registry holds nothing of a collectible
// handler assembly.
namespace Oden.Runtime.Builtins;

internal static class SymbolRegistry
{
    private static readonly Dictionary<string, JsSymbol> s_symbols = new(StringComparer.Ordinal);
    private static readonly Lock s_lock = new();

    /// <summary>The registered symbol for <paramref name="key"/>, created on first request.</summary>
    public static JsSymbol For(string key)
    {
        lock (s_lock)
        {
            if (!s_symbols.TryGetValue(key, out JsSymbol? symbol))
            {
                symbol = new JsSymbol(key) { RegistryKey = key };
                s_symbols.Add(key, symbol);
            }

            return symbol;
        }
    }
}
