// A binding: a declared variable, a parameter, or one of the implicit bindings (`this`, `arguments`,
// a named function expression's own name) and the lowering's temporaries. The binder creates them;
// capture analysis sets IsCaptured; CodeGen decides storage from the flags alone: an uncaptured
// binding is an IL local (or argument), a captured one a field of its scope's environment class.
namespace Oden.Compiler.Symbols;

public enum VariableKind
{
    /// <summary><c>var</c>: function-scoped, initialized to undefined at function entry.</summary>
    Var,
    /// <summary><c>let</c>: block-scoped, in its temporal dead zone until its declaration runs.</summary>
    Let,
    /// <summary><c>const</c>: like let, and assigning it throws a TypeError.</summary>
    Const,
    /// <summary>A formal parameter.</summary>
    Parameter,
    /// <summary>A function declaration at function top level: var-scoped, initialized at entry.</summary>
    FunctionDeclaration,
    /// <summary>A function declaration in a block: lexical, initialized at block entry.</summary>
    BlockFunction,
    /// <summary>A catch clause's parameter.</summary>
    CatchParameter,
    /// <summary>A named function expression's own name: immutable; assignment is ignored (sloppy) or a TypeError (strict).</summary>
    FunctionSelfName,
    /// <summary>The function's <c>arguments</c> object (also when it is redeclared with <c>var arguments</c>).</summary>
    Arguments,
    /// <summary>The function's <c>this</c>; arrows reach their enclosing function's.</summary>
    This,
    /// <summary>A temporary introduced by lowering.</summary>
    Temp,
    /// <summary>The function's <c>new.target</c> (a trailing argument of the body); arrows reach their enclosing function's.</summary>
    NewTarget,
}

/// <summary>
/// The CLR type of a binding's storage or of an expression's result. JavaScript bindings and
/// expressions are always <see cref="Value"/> (a JsValue); the others exist for lowering's temporaries
/// and runtime intrinsics.
/// </summary>
public enum StorageType
{
    Value,
    Void,
    Boolean,
    Int32,
    /// <summary>A caught .NET exception kept for a later rethrow (completion records).</summary>
    Exception,
    /// <summary>The runtime's for-in key enumerator.</summary>
    ForInIterator,
    /// <summary>The runtime's IteratorRecord of a for-of loop (with its array and string fast paths).</summary>
    IteratorRecord,
    /// <summary>A JsValue[]: the argument array of a call with spread elements (never stored).</summary>
    ValueArray,
}

public sealed class VariableSymbol
{
    public VariableSymbol(string name, VariableKind kind, Scope scope, StorageType type = StorageType.Value)
    {
        Name = name;
        Kind = kind;
        Scope = scope;
        Type = type;
    }

    public string Name { get; }
    public VariableKind Kind { get; internal set; }
    public Scope Scope { get; }
    public StorageType Type { get; }
    public FunctionSymbol Function => Scope.Function;

    /// <summary>Referenced from a function other than the declaring one: lives in an environment object.</summary>
    public bool IsCaptured
    {
        get => _isCaptured;
        internal set
        {
            if (value && !_isCaptured) Scope.OnCaptured();
            else if (!value && _isCaptured) throw new InvalidOperationException("a captured binding stays captured");
            _isCaptured = value;
        }
    }

    private bool _isCaptured;

    /// <summary>Read or written somewhere (implicit bindings that no code references need no storage).</summary>
    public bool IsReferenced { get; internal set; }

    /// <summary>Assigned anywhere after its declaration (parameters and vars included).</summary>
    public bool IsAssigned { get; internal set; }

    /// <summary>For let/const: the source offset after which same-function code sees it initialized.</summary>
    public int InitializedAfter { get; internal set; } = int.MaxValue;

    /// <summary>For parameters: the 0-based position.</summary>
    public int ParameterIndex { get; internal set; } = -1;

    /// <summary>
    /// For var: every reference comes after an assignment that always runs before it (Lowering/VarInitialization),
    /// so no read sees the initial undefined.
    /// </summary>
    public bool IsWrittenBeforeUse { get; internal set; }

    /// <summary>Some reference to this binding needs a TDZ check (so its storage starts as "uninitialized").</summary>
    public bool HasTdzReferences { get; internal set; }

    public bool IsLexical => Kind is VariableKind.Let or VariableKind.Const;

    /// <summary>Assignment is a TypeError (const; a strict function's own name) or silently ignored.</summary>
    public bool IsImmutable => Kind is VariableKind.Const or VariableKind.FunctionSelfName;

    public override string ToString() => Kind == VariableKind.Temp ? "$" + Name : Name;
}
