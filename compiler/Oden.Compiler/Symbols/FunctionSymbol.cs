// A JavaScript function as the later phases see it: its kind, strictness, parameters, the implicit
// bindings it needs (`this`, `arguments`, its own name) and its scope. The module or script top level
// is a function too (CommonJS wraps it in one), so CodeGen has one shape to compile.
namespace Oden.Compiler.Symbols;

public enum FunctionKind
{
    /// <summary>A function declaration or expression: callable and constructible.</summary>
    Normal,
    /// <summary>An arrow function: lexical this/arguments, not constructible.</summary>
    Arrow,
    /// <summary>A method in an object literal (<c>{ m() {} }</c>): not constructible.</summary>
    Method,
    Getter,
    Setter,
    /// <summary>The body of a CommonJS module: a function of (exports, require, module, __filename, __dirname).</summary>
    Module,
    /// <summary>The top level of a classic script.</summary>
    Script,
    /// <summary>The top level of eval code or of a Function constructor's source (compiled at run time).</summary>
    Eval,
}

public sealed class FunctionSymbol
{

    public FunctionSymbol(string name, FunctionKind kind, bool isStrict, FunctionSymbol? parent, Scope? enclosingScope, Diagnostics.SourceSpan span)
    {
        Name = name;
        Kind = kind;
        IsStrict = isStrict;
        Parent = parent;
        Span = span;
        Scope = new Scope(ScopeKind.Function, enclosingScope, this);
    }


    /// <summary>The function's <c>name</c> property (inferred for anonymous functions where the spec says so).</summary>
    public string Name { get; internal set; }
    public FunctionKind Kind { get; }
    public bool IsStrict { get; }
    public FunctionSymbol? Parent { get; }
    public Diagnostics.SourceSpan Span { get; }

    /// <summary>The function scope; its parent is the scope the function was defined in.</summary>
    public Scope Scope { get; }

    public List<VariableSymbol> Parameters { get; } = new();

    /// <summary>The <c>length</c> property: the count of formal parameters (no defaults or rest yet).</summary>
    public int Length => Parameters.Count;

    /// <summary>The binding of <c>this</c>, when this function or an arrow inside it uses it.</summary>
    public VariableSymbol? ThisSymbol { get; internal set; }

    /// <summary>The binding of <c>arguments</c>, when the arguments object is used.</summary>
    public VariableSymbol? ArgumentsSymbol { get; internal set; }

    /// <summary>A named function expression's own name binding, when the body refers to it.</summary>
    public VariableSymbol? SelfSymbol { get; internal set; }

    /// <summary>
    /// The arguments object aliases the parameters (sloppy function with simple parameters).
    /// https://tc39.es/ecma262/#sec-createmappedargumentsobject
    /// </summary>
    public bool HasMappedArguments => ArgumentsSymbol is not null && !IsStrict && Kind != FunctionKind.Arrow;

    public bool IsArrow => Kind == FunctionKind.Arrow;

    /// <summary>Has [[Construct]]: function declarations and expressions only.</summary>
    public bool IsConstructor => Kind == FunctionKind.Normal;

    /// <summary>The function's source text range [start, end) in its file, for Function.prototype.toString.</summary>
    public int SourceStart { get; internal set; }
    public int SourceEnd { get; internal set; }

    /// <summary>A function declaration: its closure exists from the start of its scope (hoisted).</summary>
    public bool IsDeclaration { get; internal set; }

    /// <summary>Functions nested directly in this one, in source order.</summary>
    public List<FunctionSymbol> NestedFunctions { get; } = new();

    public override string ToString() => Name.Length == 0 ? "<anonymous>" : Name;
}
