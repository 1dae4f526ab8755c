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
    /// <summary>The constructor of a class without <c>extends</c> (explicit or implicit): [[Call]] throws.</summary>
    ClassConstructor,
    /// <summary>The constructor of a class with <c>extends</c>: `this` is bound by super().</summary>
    DerivedConstructor,
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

    /// <summary>
    /// The <c>length</c> property: the count of formal parameters before the first default or rest
    /// (ExpectedArgumentCount); set by the binder for non-simple parameter lists.
    /// </summary>
    public int Length
    {
        get => _length >= 0 ? _length : Parameters.Count;
        internal set => _length = value;
    }

    private int _length = -1;

    /// <summary>
    /// No defaults, patterns or rest in the parameter list. Otherwise Parameters holds one hidden binding
    /// per formal before the rest element, and the body's prologue destructures them.
    /// </summary>
    public bool HasSimpleParameterList { get; internal set; } = true;

    /// <summary>The hidden binding that receives the rest parameter's array (CodeGen fills it at entry).</summary>
    public VariableSymbol? RestParameter { get; internal set; }

    /// <summary>
    /// Where the body's vars and top-level declarations live: Scope, or, when parameter defaults or
    /// computed keys can create closures over the parameters, a separate scope inside it
    /// (https://tc39.es/ecma262/#sec-functiondeclarationinstantiation step 28).
    /// </summary>
    public Scope VarScope
    {
        get => _varScope ?? Scope;
        internal set => _varScope = value;
    }

    private Scope? _varScope;

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
    public bool HasMappedArguments => ArgumentsSymbol is not null && !IsStrict && Kind != FunctionKind.Arrow && HasSimpleParameterList;

    public bool IsArrow => Kind == FunctionKind.Arrow;

    /// <summary>Has [[Construct]]: function declarations and expressions (not generators or async), and class constructors.</summary>
    public bool IsConstructor => (Kind == FunctionKind.Normal && !IsStateMachine) || Kind is FunctionKind.ClassConstructor or FunctionKind.DerivedConstructor;

    /// <summary>A class constructor (base or derived).</summary>
    public bool IsClassConstructor => Kind is FunctionKind.ClassConstructor or FunctionKind.DerivedConstructor;

    /// <summary>
    /// The binding of <c>new.target</c> (a constructor that uses it, arrows included, and every derived
    /// constructor): the body method takes new.target as a trailing argument (see FunctionPlan).
    /// </summary>
    public VariableSymbol? NewTargetSymbol { get; internal set; }

    /// <summary>
    /// The function object itself as a binding (kind FunctionSelfName, named "%func"), when `super`
    /// needs it: its [[HomeObject]] for super.x, its [[GetPrototypeOf]]() for super(...). Arrows reach
    /// their enclosing function's.
    /// </summary>
    public VariableSymbol? FunctionObjectSymbol { get; internal set; }

    /// <summary>A method whose body (or an arrow in it) uses super.x: its [[HomeObject]] is set when it is defined.</summary>
    public bool NeedsHomeObject { get; internal set; }

    /// <summary>A class constructor whose class has instance fields: [[Construct]] (base) or super() (derived) runs InitializeInstanceElements.</summary>
    public bool HasInstanceFields { get; internal set; }

    /// <summary>An implicit derived constructor: the body takes the argument span and forwards it to super(...).</summary>
    public bool ForwardsArguments { get; internal set; }

    /// <summary><c>function*</c> (also <c>async function*</c>): the body runs as a resumable state machine.</summary>
    public bool IsGenerator { get; internal set; }

    /// <summary><c>async</c> function, arrow or method (also <c>async function*</c>).</summary>
    public bool IsAsync { get; internal set; }

    /// <summary>The body is compiled as a state machine (Lowering/StateMachineRewriter, CodeGen frame mode).</summary>
    public bool IsStateMachine => IsGenerator || IsAsync;

    /// <summary>
    /// A generator whose body starts with its parameter prologue, as one statement (the defaults and
    /// destructuring of a non-simple list). FunctionDeclarationInstantiation runs before the generator
    /// object exists, so the entry method runs that statement at the call, not the first next():
    /// StateMachineDispatch keeps it ahead of the resume switch and CodeGen emits it in the entry.
    /// </summary>
    public bool HasEntryPrologue { get; internal set; }

    /// <summary>The function's source text range [start, end) in its file, for Function.prototype.toString.</summary>
    public int SourceStart { get; internal set; }
    public int SourceEnd { get; internal set; }

    /// <summary>
    /// Where Function.prototype.toString's text starts when it is not <see cref="SourceStart"/>: a
    /// method, getter or setter of an object literal starts at its property (<c>get x() {}</c>).
    /// </summary>
    public int? TextStart { get; internal set; }

    /// <summary>A function declaration: its closure exists from the start of its scope (hoisted).</summary>
    public bool IsDeclaration { get; internal set; }

    /// <summary>Functions nested directly in this one, in source order.</summary>
    public List<FunctionSymbol> NestedFunctions { get; } = new();

    public override string ToString() => Name.Length == 0 ? "<anonymous>" : Name;
}
