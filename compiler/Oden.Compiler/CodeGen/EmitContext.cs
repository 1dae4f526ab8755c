// The types one compilation emits, and the per-function and per-scope plans CodeGen works from.
//
// For every JavaScript function F:
//   - a sealed subclass of JsClosure, holding the environment F was created in (typed);
//   - a body method JsValue F`id(ClosureF self, JsValue this, JsValue p0, ...) (fixed arity: extra arguments
//     are dropped, missing ones are undefined). With at most three formals and no new.target the body is
//     the closure class's instance method overriding that CallK entry (self is its receiver); otherwise a
//     static method on its module's type, JsValue F`id(ClosureF self, JsValue this, ReadOnlySpan<JsValue>
//     args) when F uses its `arguments`, reached through a generated Call or CallK override.
// For every scope whose bindings are captured: an environment class with one JsValue field per
// captured binding and a typed Parent link to the nearest enclosing environment (crossing functions).
// A function scope with a mapped arguments object implements IArgumentsMap over its parameter fields.
// Body method names are the JavaScript name, a backtick and an id: JsError reads the name up to the
// backtick for `at name (file:line:col)`, and a name starting with '<' is anonymous.
using System.Reflection;
using System.Reflection.Emit;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.CodeGen;

internal sealed class EmitContext
{
    private readonly Dictionary<FunctionSymbol, FunctionPlan> _plans = new();
    private readonly Dictionary<Scope, EnvironmentLayout> _environments = new();
    private int _nextId;

    public EmitContext(ModuleBuilder module, Diagnostics.DiagnosticBag diagnostics)
    {
        Module = module;
        Diagnostics = diagnostics;
    }

    public ModuleBuilder Module { get; }

    /// <summary>What CodeGen finds wrong (a regex literal the runtime's engine rejects).</summary>
    public Diagnostics.DiagnosticBag Diagnostics { get; }

    /// <summary>CompilationOptions.CountCacheAccesses: property sites count their accesses (EmitLoadPropertySite).</summary>
    public bool CountCacheAccesses { get; init; }

    public string Namespace => "Oden.Generated";

    public int NextId() => _nextId++;

    public FunctionPlan PlanOf(FunctionSymbol function) => _plans[function];

    public IEnumerable<FunctionPlan> Plans => _plans.Values;

    /// <summary>The nearest scope strictly enclosing <paramref name="scope"/> that has an environment object.</summary>
    public static Scope? EnvironmentParent(Scope scope)
    {
        for (var s = scope.Parent; s is not null; s = s.Parent)
        {
            if (s.NeedsEnvironment) return s;
        }
        return null;
    }

    public EnvironmentLayout EnvironmentOf(Scope scope)
    {
        if (_environments.TryGetValue(scope, out var layout)) return layout;
        var parentScope = EnvironmentParent(scope);
        var parent = parentScope is null ? null : EnvironmentOf(parentScope);
        bool mapsArguments = scope.Kind == ScopeKind.Function && UsesMappedArguments(scope.Function);
        layout = new EnvironmentLayout(this, scope, parent, mapsArguments);
        _environments[scope] = layout;
        return layout;
    }

    public IEnumerable<EnvironmentLayout> Environments => _environments.Values;

    /// <summary>The function uses its own arguments object (not just an arrow's inherited one).</summary>
    public static bool UsesOwnArguments(FunctionSymbol function) =>
        function.ArgumentsSymbol is { IsReferenced: true } args && args.Function == function && !function.IsArrow;

    public static bool UsesMappedArguments(FunctionSymbol function) =>
        UsesOwnArguments(function) && function.HasMappedArguments && function.Parameters.Count > 0;

    /// <summary>
    /// Prepares a function tree: a mapped arguments object aliases the parameters, so they live in the
    /// function's environment (where the arguments object can reach them through IArgumentsMap); a
    /// split body shares bindings between its chunks through the environment too (FunctionSplitter).
    /// </summary>
    public static void PrepareCaptures(BoundFunction root)
    {
        foreach (var function in AllFunctions(root))
        {
            if (UsesMappedArguments(function.Symbol))
            {
                foreach (var p in function.Symbol.Parameters) p.IsCaptured = true;
            }
            FunctionSplitter.PrepareCaptures(function);
        }
    }

    public static IEnumerable<BoundFunction> AllFunctions(BoundFunction root)
    {
        var collector = new FunctionCollector();
        collector.VisitFunction(root);
        return collector.Functions;
    }

    private sealed class FunctionCollector : BoundTreeWalker
    {
        public List<BoundFunction> Functions { get; } = new();
        protected override bool VisitNestedFunctions => true;

        public override void VisitFunction(BoundFunction function)
        {
            Functions.Add(function);
            base.VisitFunction(function);
        }
    }

    /// <summary>Defines the closure class and body method of every function of one module.</summary>
    public void DefineFunctions(ModuleContext module, BoundFunction root)
    {
        foreach (var function in AllFunctions(root))
        {
            _plans[function.Symbol] = new FunctionPlan(this, module, function);
        }
        var declarations = new DeclarationCollector();
        declarations.VisitFunction(root);
        foreach (var (symbol, functions) in declarations.BySymbol)
        {
            if (functions.Count == 1 && !symbol.IsAssigned && symbol.Kind is VariableKind.FunctionDeclaration or VariableKind.BlockFunction)
                _knownFunctions[symbol] = _plans[functions[0].Symbol];
        }
    }

    private readonly Dictionary<VariableSymbol, FunctionPlan> _knownFunctions = new();

    /// <summary>
    /// The function a binding always holds: a function declaration's binding that nothing else
    /// assigns. A call through it is a direct call of the body method (DESIGN §3).
    /// </summary>
    public FunctionPlan? KnownFunction(VariableSymbol symbol) => _knownFunctions.GetValueOrDefault(symbol);

    private sealed class DeclarationCollector : BoundTreeWalker
    {
        public Dictionary<VariableSymbol, List<BoundFunction>> BySymbol { get; } = new();
        protected override bool VisitNestedFunctions => true;

        public override void VisitStatement(BoundStatement node)
        {
            if (node is BoundFunctionDeclaration { Symbol: { } symbol } declaration)
            {
                if (!BySymbol.TryGetValue(symbol, out var list)) BySymbol[symbol] = list = new();
                list.Add(declaration.Function);
            }
            base.VisitStatement(node);
        }
    }
}

/// <summary>
/// One source module: its static type (body methods) and PDB document, and its module constants: the inline
/// caches, regex literals, literal shapes, template sites and bigint literals. Those are instance fields of
/// holder objects (at most <see cref="FieldsPerHolder"/> fields per holder type: a type can hold only 65535
/// fields, and a large bundle has more sites than that), one instance of each per assembly, shared by every
/// realm. Holder 0 is the root: it references the others (H1, H2, …), its static Instance is created by its
/// static constructor, and every closure of the module keeps it in its Statics field. A body loads it from
/// its closure once at entry (a field load), not through a static: statics of a collectible assembly are
/// reached through a runtime helper call on every call of a function that uses one (10-20% of call-heavy
/// workloads).
/// </summary>
internal sealed class ModuleContext
{
    public const int FieldsPerHolder = 8192;

    private readonly EmitContext _context;
    private readonly List<(TypeBuilder Type, ConstructorBuilder Ctor, List<(FieldBuilder Field, Action<ILGenerator> Init)> Statics)> _holders = new();
    private readonly Dictionary<FieldBuilder, int> _holderOf = new();
    private readonly List<FieldBuilder> _links = new(); // holder 0's H1, H2, …

    public ModuleContext(EmitContext context, int index, SourceFile file, System.Diagnostics.SymbolStore.ISymbolDocumentWriter? document)
    {
        _context = context;
        Index = index;
        File = file;
        Document = document;
        Type = context.Module.DefineType($"{context.Namespace}.Module{index}", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Abstract | TypeAttributes.Class | TypeAttributes.BeforeFieldInit);
        AddHolder();
        RootInstance = _holders[0].Type.DefineField("Instance", _holders[0].Type, FieldAttributes.Assembly | FieldAttributes.Static | FieldAttributes.InitOnly);
    }

    /// <summary>The root holder type (holder 0): the type of every closure's Statics field.</summary>
    public TypeBuilder RootHolder => _holders[0].Type;

    /// <summary>The root holder's one instance (a static field: read by closure constructors and run-once code).</summary>
    public FieldBuilder RootInstance { get; }

    /// <summary>Which holder a module constant lives in (0: the root; otherwise reached through the root's link).</summary>
    public int HolderOf(FieldBuilder field) => _holderOf[field];

    /// <summary>The root's field that references holder <paramref name="index"/> (index ≥ 1).</summary>
    public FieldBuilder HolderLink(int index) => _links[index - 1];

    private void AddHolder()
    {
        var holder = _context.Module.DefineType($"{_context.Namespace}.Module{Index}Statics{_holders.Count}",
            TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class | TypeAttributes.BeforeFieldInit);
        var ctor = holder.DefineDefaultConstructor(MethodAttributes.Public);
        if (_holders.Count > 0)
        {
            _links.Add(_holders[0].Type.DefineField($"H{_holders.Count}", holder, FieldAttributes.Assembly | FieldAttributes.InitOnly));
        }
        _holders.Add((holder, ctor, new()));
    }

    public int Index { get; }
    public SourceFile File { get; }
    public System.Diagnostics.SymbolStore.ISymbolDocumentWriter? Document { get; }
    public TypeBuilder Type { get; }

    /// <summary>The holder types of the module's static fields (for CreateType).</summary>
    public IEnumerable<TypeBuilder> StaticHolders => _holders.Select(h => h.Type);

    private MethodBuilder? _sourceText;

    /// <summary>
    /// static string SourceText(): the module's text, stored once as initialized data of the assembly
    /// (SourceTextTable.Encode) and decoded into a static field on first use. Only Function.prototype.toString
    /// of a function of this module calls it.
    /// </summary>
    public MethodBuilder SourceText
    {
        get
        {
            if (_sourceText is not null) return _sourceText;
            byte[] bytes = Oden.Runtime.CompilerServices.SourceTextTable.Encode(File.Text, out bool utf16);
            // An empty initialized-data field is not allowed; one padding byte keeps the length honest below.
            var data = _context.Module.DefineInitializedData($"Module{Index}SourceBytes", bytes.Length == 0 ? [0] : bytes, FieldAttributes.Assembly | FieldAttributes.Static);
            var cache = Type.DefineField("s_sourceText", typeof(string), FieldAttributes.Private | FieldAttributes.Static);
            var method = Type.DefineMethod("SourceText", MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig, typeof(string), System.Type.EmptyTypes);
            method.SetImplementationFlags(FunctionPlan.RunOnceFlags);
            var il = method.GetILGenerator();
            var done = il.DefineLabel();
            // A race between two threads decodes twice and stores equal strings: harmless.
            il.Emit(OpCodes.Ldsfld, cache);
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Brtrue_S, done);
            il.Emit(OpCodes.Pop);
            il.Emit(OpCodes.Ldsflda, data);
            il.Emit(OpCodes.Ldc_I4, bytes.Length);
            il.Emit(utf16 ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
            il.Emit(OpCodes.Call, RuntimeMembers.SourceTextDecode);
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Stsfld, cache);
            il.MarkLabel(done);
            il.Emit(OpCodes.Ret);
            return _sourceText = method;
        }
    }

    /// <summary>A new inline cache for one property read, write or call site.</summary>
    public FieldBuilder PropertySite(string name) =>
        Static(RuntimeMembers.PropertySite, "site", il =>
        {
            il.Emit(OpCodes.Ldstr, name);
            il.Emit(OpCodes.Newobj, RuntimeMembers.PropertySiteCtor);
        });

    /// <summary>A regex literal: realm-independent, compiled once on first use and shared by every evaluation.</summary>
    public FieldBuilder RegExpLiteral(string pattern, string flags) =>
        Static(RuntimeMembers.RegExpLiteral, "regexp", il =>
        {
            il.Emit(OpCodes.Ldstr, pattern);
            il.Emit(OpCodes.Ldstr, flags);
            il.Emit(OpCodes.Newobj, RuntimeMembers.RegExpLiteralCtor);
        });

    /// <summary>A tagged template's strings (null cooked = undefined), shared by every realm; each realm caches its template object.</summary>
    public FieldBuilder TemplateSite(IReadOnlyList<string?> cooked, IReadOnlyList<string> raw) =>
        Static(RuntimeMembers.TemplateSite, "template", il =>
        {
            EmitStringArray(il, cooked);
            EmitStringArray(il, raw);
            il.Emit(OpCodes.Newobj, RuntimeMembers.TemplateSiteCtor);
        });

    /// <summary>A bigint literal's value, parsed once by the holder's static initializer.</summary>
    public FieldBuilder BigIntLiteral(string decimalDigits) =>
        Static(RuntimeMembers.JsValue, "bigint", il =>
        {
            il.Emit(OpCodes.Ldstr, decimalDigits);
            il.Emit(OpCodes.Call, RuntimeMembers.BigIntLiteral);
        });

    /// <summary>The shape of an object literal with these static keys, built once.</summary>
    public FieldBuilder LiteralShape(IReadOnlyList<string> keys) =>
        Static(RuntimeMembers.Shape, "shape", il =>
        {
            EmitStringArray(il, keys);
            il.Emit(OpCodes.Call, RuntimeMembers.ShapeOf);
        });

    /// <summary>Pushes a new string[] of <paramref name="values"/> (a null element stays null).</summary>
    public static void EmitStringArray(ILGenerator il, IReadOnlyList<string?> values)
    {
        il.Emit(OpCodes.Ldc_I4, values.Count);
        il.Emit(OpCodes.Newarr, typeof(string));
        for (int i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } value) continue;
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Ldc_I4, i);
            il.Emit(OpCodes.Ldstr, value);
            il.Emit(OpCodes.Stelem_Ref);
        }
    }

    private FieldBuilder Static(Type type, string prefix, Action<ILGenerator> init)
    {
        if (_holders[^1].Statics.Count >= FieldsPerHolder) AddHolder();
        var (type_, _, statics) = _holders[^1];
        var field = type_.DefineField($"{prefix}{statics.Count}", type, FieldAttributes.Assembly | FieldAttributes.InitOnly);
        statics.Add((field, init));
        _holderOf[field] = _holders.Count - 1;
        return field;
    }

    /// <summary>
    /// Emits the root holder's static constructor, which creates every holder and its fields (the root's
    /// links to the others included); call after all bodies are compiled.
    /// </summary>
    public void EmitStaticConstructors()
    {
        var cctor = _holders[0].Type.DefineTypeInitializer();
        cctor.SetImplementationFlags(FunctionPlan.RunOnceFlags);
        var il = cctor.GetILGenerator();
        var root = il.DeclareLocal(_holders[0].Type);
        for (int h = 0; h < _holders.Count; h++)
        {
            var (_, ctor, statics) = _holders[h];
            var holder = h == 0 ? root : il.DeclareLocal(_holders[h].Type);
            il.Emit(OpCodes.Newobj, ctor);
            il.Emit(OpCodes.Stloc, holder);
            foreach (var (field, init) in statics)
            {
                il.Emit(OpCodes.Ldloc, holder);
                init(il);
                il.Emit(OpCodes.Stfld, field);
            }
            if (h > 0)
            {
                il.Emit(OpCodes.Ldloc, root);
                il.Emit(OpCodes.Ldloc, holder);
                il.Emit(OpCodes.Stfld, _links[h - 1]);
            }
        }
        il.Emit(OpCodes.Ldloc, root);
        il.Emit(OpCodes.Stsfld, RootInstance);
        il.Emit(OpCodes.Ret);
    }
}
