// A lexical scope: the bindings one Environment Record would hold. Function scopes hold parameters,
// vars, top-level functions and top-level let/const (merged: Oden does not support parameter
// expressions yet, so the separate var environment of the spec is unobservable). Block, catch,
// for-head and switch scopes hold lexical bindings. A scope whose bindings are captured gets an
// environment object at run time (one instance per entry, so per loop iteration for loop bodies).
namespace Oden.Compiler.Symbols;

public enum ScopeKind
{
    Function,
    Block,
    Catch,
    /// <summary>The head of <c>for (let ...;;)</c>: copied per iteration when captured.</summary>
    ForHead,
    /// <summary>A for-in/for-of binding: fresh per iteration.</summary>
    ForEachBinding,
    /// <summary>The TDZ scope in which for-in/for-of's right-hand side is evaluated.</summary>
    ForEachTdz,
    Switch,
    /// <summary>A with statement's object environment: holds one temp binding, the object (see Binder_Dynamic).</summary>
    With,
}

public sealed class Scope
{
    private readonly Dictionary<string, VariableSymbol> _byName = new(StringComparer.Ordinal);
    private readonly List<VariableSymbol> _variables = new();

    public Scope(ScopeKind kind, Scope? parent, FunctionSymbol function)
    {
        Kind = kind;
        Parent = parent;
        Function = function;
    }

    public ScopeKind Kind { get; }
    public Scope? Parent { get; }
    public FunctionSymbol Function { get; }

    public IReadOnlyList<VariableSymbol> Variables => _variables;

    private int _capturedCount;

    /// <summary>Some binding of this scope is captured by a closure (or the scope must have an environment anyway).</summary>
    public bool NeedsEnvironment => _capturedCount > 0 || ForcesEnvironment;

    /// <summary>Set by CodeGen when a split function body shares its scope between methods.</summary>
    public bool ForcesEnvironment { get; internal set; }

    internal void OnCaptured() => _capturedCount++;

    /// <summary>
    /// A direct eval can see this scope: its environment class derives from the runtime's
    /// ScopeEnvironment and exposes its bindings by name (see Binder_Dynamic and CodeGenerator_Dynamic).
    /// </summary>
    public bool IsDynamic { get; internal set; }

    public VariableSymbol? Lookup(string name) => _byName.TryGetValue(name, out var v) ? v : null;

    public VariableSymbol Declare(string name, VariableKind kind, StorageType type = StorageType.Value)
    {
        var symbol = new VariableSymbol(name, kind, this, type);
        if (kind != VariableKind.Temp) _byName[name] = symbol;
        _variables.Add(symbol);
        return symbol;
    }

    /// <summary>A temporary: never found by name lookup.</summary>
    public VariableSymbol DeclareTemp(string name, StorageType type = StorageType.Value) => Declare(name, VariableKind.Temp, type);

    public override string ToString() => Kind.ToString();
}
