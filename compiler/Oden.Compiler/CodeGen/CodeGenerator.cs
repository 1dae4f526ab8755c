// CodeGen: one lowered function body → IL. Invariants:
// - The evaluation stack is empty at every statement boundary (so try blocks and labels can start
//   anywhere a statement does).
// - `realm` is read once from the closure into a local at entry; every Ops call gets it from there.
// - Storage: an uncaptured binding of this function is an IL local, or an IL argument for `this` and
//   fixed-arity parameters; a captured binding is a field of its scope's environment object, reached
//   from the innermost environment local of this function (or the closure's Env field) through typed
//   Parent links whose count is known statically.
// - Jumps use `br` within one exception region and `leave` across regions (regions are computed
//   before emission); returns inside a region store the value and leave to the epilogue.
// Split by family: _Statements (statements, exception blocks, scopes), _Expressions (operators,
// variables, assignments, literals), _Calls (calls, new, closures, object and array literals).
using System.Reflection;
using System.Reflection.Emit;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Diagnostics;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    private readonly EmitContext _context;
    private readonly FunctionPlan _plan;
    private readonly FunctionSymbol _function;
    private readonly ModuleContext _module;
    private readonly ILGenerator _il;
    private readonly LocalBuilder _realm;

    /// <summary>The module's root holder of constants (sites, literal shapes…), loaded from the closure at entry.</summary>
    private readonly LocalBuilder _statics;
    private readonly Dictionary<VariableSymbol, LocalBuilder> _locals = new();
    private readonly Dictionary<Scope, LocalBuilder> _environmentLocals = new();
    private readonly Dictionary<LabelSymbol, Label> _labels = new();
    private readonly Dictionary<LabelSymbol, int> _labelRegions;
    private readonly Dictionary<BoundTry, TryRegions> _tryRegions;
    private readonly Stack<ExceptionSlot> _caughtExceptions = new();
    private readonly Dictionary<Type, Stack<LocalBuilder>> _freeTemps = new();
    private readonly Dictionary<VariableSymbol, LocalBuilder> _iteratorValues = new();
    private int _region;
    private Label? _returnLabel;
    private LocalBuilder? _returnValue;
    private int _lastSequencePoint = -1;

    /// <summary>True when emitting a chunk of a split body (FunctionSplitter): returns store into the ref parameter.</summary>
    private readonly bool _isChunk;

    /// <summary>The bindings kept in double locals (NumericLocals); none in frames and split bodies.</summary>
    private readonly HashSet<VariableSymbol> _numeric;

    /// <summary>The JsObject shadow local of each binding ObjectLocals chose; none in frames and split bodies.</summary>
    private readonly Dictionary<VariableSymbol, LocalBuilder> _objectShadows = new();

    private CodeGenerator(EmitContext context, FunctionPlan plan, MethodBuilder method, BoundBlock statements, bool isChunk)
    {
        _context = context;
        _plan = plan;
        _function = plan.Symbol;
        _module = plan.Module;
        _il = method.GetILGenerator();
        _realm = _il.DeclareLocal(RuntimeMembers.Realm);
        _statics = _il.DeclareLocal(_module.RootHolder);
        _isChunk = isChunk;
        (_labelRegions, _tryRegions) = RegionAnalysis.Analyze(statements);
        bool typedLocals = !isChunk && plan.Chunks.Count == 0 && plan.StateMachine is null;
        _numeric = typedLocals ? NumericLocals.Analyze(_function, statements) : [];
        if (typedLocals)
        {
            foreach (var symbol in ObjectLocals.Analyze(_function, statements, _numeric))
            {
                _objectShadows[symbol] = _il.DeclareLocal(RuntimeMembers.JsObject);
            }
        }
    }

    /// <summary>Emits the IL of one function's body method (and of its chunk methods when the body is split).</summary>
    public static void Compile(EmitContext context, FunctionPlan plan)
    {
        var body = plan.Function.Body;
        if (plan.StateMachine is not null)
        {
            CompileStateMachine(context, plan);
            return;
        }
        if (plan.Chunks.Count == 0)
        {
            new CodeGenerator(context, plan, plan.Body, body, isChunk: false).EmitBody(body.Statements);
            return;
        }
        foreach (var (method, statements) in plan.Chunks)
        {
            var block = new BoundBlock(null, statements, body.Span);
            new CodeGenerator(context, plan, method, block, isChunk: true).EmitChunk(statements);
        }
        new CodeGenerator(context, plan, plan.Body, new BoundBlock(null, [], body.Span), isChunk: false).EmitSplitBody();
    }

    private void EmitBody(IEnumerable<BoundStatement> statements)
    {
        EmitPrologue();
        EmitStatementsAndReturn(statements);
    }

    /// <summary>The statements, then `return undefined`, then the epilogue that returns-in-regions leave to.</summary>
    private void EmitStatementsAndReturn(IEnumerable<BoundStatement> statements)
    {
        foreach (var statement in statements) EmitStatement(statement);
        _il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
        _il.Emit(OpCodes.Ret);
        if (_returnLabel is { } label)
        {
            _il.MarkLabel(label);
            _il.Emit(OpCodes.Ldloc, _returnValue!);
            _il.Emit(OpCodes.Ret);
        }
    }

    /// <summary>
    /// The main method of a split body: the prologue, then each chunk in turn; a chunk that returns
    /// true ran a `return`, whose value it left in `result`.
    /// </summary>
    private void EmitSplitBody()
    {
        EmitPrologue();
        var result = _il.DeclareLocal(RuntimeMembers.JsValue);
        foreach (var (method, _) in _plan.Chunks)
        {
            var next = _il.DefineLabel();
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldloc, EnvironmentLocal(_function.Scope));
            _il.Emit(OpCodes.Ldloca, result);
            _il.Emit(OpCodes.Call, method);
            _il.Emit(OpCodes.Brfalse, next);
            _il.Emit(OpCodes.Ldloc, result);
            _il.Emit(OpCodes.Ret);
            _il.MarkLabel(next);
        }
        _il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
        _il.Emit(OpCodes.Ret);
    }

    /// <summary>
    /// One chunk of a split body: bool Chunk(self, this, env, ref result). Function-scope bindings
    /// that only this chunk uses are its locals (starting in their TDZ when some reference needs it).
    /// </summary>
    private void EmitChunk(IEnumerable<BoundStatement> statements)
    {
        MarkFunctionStart();
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Callvirt, RuntimeMembers.FunctionRealm);
        _il.Emit(OpCodes.Stloc, _realm);
        EmitLoadStaticsFromClosure();
        _il.Emit(OpCodes.Ldarg_2);
        _il.Emit(OpCodes.Stloc, EnvironmentLocal(_function.Scope));
        foreach (var v in _function.Scope.Variables)
        {
            if (!v.HasTdzReferences || v.IsCaptured) continue;
            _il.Emit(OpCodes.Call, RuntimeMembers.Uninitialized);
            EmitStore(v);
        }
        foreach (var statement in statements) EmitStatement(statement);
        _il.Emit(OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Ret);
        if (_returnLabel is { } label)
        {
            _il.MarkLabel(label);
            _il.Emit(OpCodes.Ldc_I4_1);
            _il.Emit(OpCodes.Ret);
        }
    }

    // ---- function entry ----------------------------------------------------------------------------

    /// <summary>_statics = the callee closure's Statics (argument 0 is the closure in bodies and chunks).</summary>
    private void EmitLoadStaticsFromClosure()
    {
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldfld, _plan.StaticsField);
        _il.Emit(OpCodes.Stloc, _statics);
    }

    /// <summary>
    /// Pushes a module constant (an inline cache, a literal shape, a regex literal…): a field of the root holder
    /// in _statics, or of the holder the root links to.
    /// </summary>
    private void EmitLoadModuleConstant(FieldBuilder field)
    {
        _il.Emit(OpCodes.Ldloc, _statics);
        int holder = _module.HolderOf(field);
        if (holder > 0) _il.Emit(OpCodes.Ldfld, _module.HolderLink(holder));
        _il.Emit(OpCodes.Ldfld, field);
    }

    /// <summary>
    /// Loads a property site for an access (a read, write, method lookup or global); a debug build
    /// (CompilationOptions.CountCacheAccesses) counts the access on the site first.
    /// </summary>
    private void EmitLoadPropertySite(FieldBuilder site)
    {
        EmitLoadModuleConstant(site);
        if (!_context.CountCacheAccesses) return;
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Call, RuntimeMembers.CountSiteAccess);
    }

    /// <summary>
    /// https://tc39.es/ecma262/#sec-functiondeclarationinstantiation, for what Oden supports: the
    /// budget and stack check, OrdinaryCallBindThis (sloppy this coercion), the function environment,
    /// parameters, the arguments object, the own-name binding and TDZ markers. Hoisted function
    /// declarations follow as the first statements of the body.
    /// </summary>
    private void EmitPrologue()
    {
        MarkFunctionStart();
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Callvirt, RuntimeMembers.FunctionRealm);
        _il.Emit(OpCodes.Stloc, _realm);
        EmitLoadStaticsFromClosure();
        _il.Emit(OpCodes.Ldloc, _realm);
        _il.Emit(OpCodes.Callvirt, RuntimeMembers.RealmEnterFunction);
        if (InFrame) EmitCreateFrame();

        var scope = _function.Scope;
        var thisSymbol = _function.ThisSymbol;
        if (thisSymbol is { IsReferenced: true } && !_function.IsStrict && !_function.IsArrow)
        {
            _il.Emit(OpCodes.Ldloc, _realm);
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Call, RuntimeMembers.CoerceSloppyThis);
            _il.Emit(OpCodes.Starg_S, (byte)1);
        }

        EmitShadowArguments();
        EnterScope(scope);

        if (thisSymbol is { IsCaptured: true } || (InFrame && thisSymbol is { IsReferenced: true } && thisSymbol.Function == _function))
        {
            _il.Emit(OpCodes.Ldarg_1);
            EmitStore(thisSymbol);
        }

        for (int i = 0; i < _function.Parameters.Count; i++)
        {
            var parameter = _function.Parameters[i];
            if (!parameter.IsCaptured && !_plan.UsesArgumentSpan && !InFrame) continue;
            EmitLoadArgument(i);
            EmitStore(parameter);
        }

        if (_function.RestParameter is { } rest)
        {
            // function f(a, ...rest): the arguments after the formals, as an array (Ops.RestArguments).
            _il.Emit(OpCodes.Ldloc, _realm);
            _il.Emit(OpCodes.Ldarg_2);
            _il.Emit(OpCodes.Ldc_I4, _function.Parameters.Count);
            _il.Emit(OpCodes.Call, RuntimeMembers.RestArguments);
            EmitStore(rest);
        }

        if (EmitContext.UsesOwnArguments(_function))
        {
            if (_function.HasMappedArguments)
            {
                _il.Emit(OpCodes.Ldloc, _realm);
                _il.Emit(OpCodes.Ldarg_2);
                _il.Emit(OpCodes.Ldarg_0);
                if (EmitContext.UsesMappedArguments(_function)) EmitLoadEnvironmentSlot(scope);
                else _il.Emit(OpCodes.Ldnull);
                _il.Emit(OpCodes.Ldc_I4, _function.Parameters.Count);
                _il.Emit(OpCodes.Call, RuntimeMembers.CreateMappedArguments);
            }
            else
            {
                _il.Emit(OpCodes.Ldloc, _realm);
                _il.Emit(OpCodes.Ldarg_2);
                _il.Emit(OpCodes.Call, RuntimeMembers.CreateUnmappedArguments);
            }
            _il.Emit(OpCodes.Newobj, RuntimeMembers.JsValueFromObject);
            EmitStore(_function.ArgumentsSymbol!);
        }

        if (_function.SelfSymbol is { IsReferenced: true, IsCaptured: true } self)
        {
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Newobj, RuntimeMembers.JsValueFromObject);
            EmitStore(self);
        }

        EmitClassPrologue();
    }

    /// <summary>Object shadows of the bindings that arrive as arguments (this, parameters): their values are never stored by EmitStore.</summary>
    private void EmitShadowArguments()
    {
        foreach (var (symbol, shadow) in _objectShadows)
        {
            if (!IsArgument(symbol, out int index)) continue;
            EmitLdarg(index);
            _il.Emit(OpCodes.Call, RuntimeMembers.AsObject);
            _il.Emit(OpCodes.Stloc, shadow);
        }
    }

    /// <summary>The object shadow of a receiver that is a shadowed binding read without a TDZ check (ObjectLocals).</summary>
    private bool TryGetObjectShadow(BoundExpression receiver, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LocalBuilder? shadow)
    {
        shadow = null;
        return receiver is BoundVariable { NeedsTdzCheck: false } variable && _objectShadows.TryGetValue(variable.Symbol, out shadow);
    }

    /// <summary>Pushes formal parameter <paramref name="index"/>'s argument value.</summary>
    private void EmitLoadArgument(int index)
    {
        if (_plan.UsesArgumentSpan)
        {
            _il.Emit(OpCodes.Ldarg_2);
            _il.Emit(OpCodes.Ldc_I4, index);
            _il.Emit(OpCodes.Call, RuntimeMembers.ArgumentAt);
        }
        else
        {
            EmitLdarg(2 + index);
        }
    }

    private void EmitLdarg(int index)
    {
        switch (index)
        {
            case 0: _il.Emit(OpCodes.Ldarg_0); break;
            case 1: _il.Emit(OpCodes.Ldarg_1); break;
            case 2: _il.Emit(OpCodes.Ldarg_2); break;
            case 3: _il.Emit(OpCodes.Ldarg_3); break;
            default:
                if (index < 256) _il.Emit(OpCodes.Ldarg_S, (byte)index);
                else _il.Emit(OpCodes.Ldarg, (short)index);
                break;
        }
    }

    private void EmitStarg(int index)
    {
        if (index < 256) _il.Emit(OpCodes.Starg_S, (byte)index);
        else _il.Emit(OpCodes.Starg, (short)index);
    }

    // ---- scopes and environments -------------------------------------------------------------------

    /// <summary>
    /// Entering a scope: a fresh environment object when closures capture its bindings (linked to the
    /// enclosing one), and the TDZ marker in every binding that some reference may read too early.
    /// </summary>
    private void EnterScope(Scope scope)
    {
        if (scope.NeedsEnvironment)
        {
            var layout = _context.EnvironmentOf(scope);
            _il.Emit(OpCodes.Newobj, layout.Constructor);
            if (layout.Parent is not null)
            {
                _il.Emit(OpCodes.Dup);
                EmitLoadEnvironment(layout.ParentLayout!.Scope);
                _il.Emit(OpCodes.Stfld, layout.Parent);
            }
            if (scope.IsDynamic) EmitLinkOuter(layout);
            EmitStoreEnvironmentSlot(scope);
        }
        foreach (var v in scope.Variables)
        {
            if (!v.HasTdzReferences) continue;
            _il.Emit(OpCodes.Call, RuntimeMembers.Uninitialized);
            EmitStore(v);
        }
    }

    private LocalBuilder EnvironmentLocal(Scope scope)
    {
        if (!_environmentLocals.TryGetValue(scope, out var local))
        {
            local = _il.DeclareLocal(_context.EnvironmentOf(scope).Type);
            _environmentLocals[scope] = local;
        }
        return local;
    }

    /// <summary>Pushes the environment object of <paramref name="scope"/> (an enclosing scope that has one).</summary>
    private void EmitLoadEnvironment(Scope scope)
    {
        if (scope.Function == _function)
        {
            EmitLoadEnvironmentSlot(scope);
            return;
        }
        var layout = _plan.OuterEnvironment ?? throw new InvalidOperationException($"no environment reaches {scope.Kind} scope of {scope.Function}");
        EmitLoadCallee();
        _il.Emit(OpCodes.Ldfld, _plan.EnvironmentField!);
        while (layout.Scope != scope)
        {
            _il.Emit(OpCodes.Ldfld, layout.Parent ?? throw new InvalidOperationException("broken environment chain"));
            layout = layout.ParentLayout!;
        }
    }

    /// <summary>CreatePerIterationEnvironment: replace the scope's environment with a copy.</summary>
    private void EmitCopyEnvironment(Scope scope)
    {
        if (!scope.NeedsEnvironment) return;
        var layout = _context.EnvironmentOf(scope);
        _il.Emit(OpCodes.Newobj, layout.Constructor);
        if (layout.Parent is not null)
        {
            _il.Emit(OpCodes.Dup);
            EmitLoadEnvironmentSlot(scope);
            _il.Emit(OpCodes.Ldfld, layout.Parent);
            _il.Emit(OpCodes.Stfld, layout.Parent);
        }
        foreach (var field in layout.Fields)
        {
            _il.Emit(OpCodes.Dup);
            EmitLoadEnvironmentSlot(scope);
            _il.Emit(OpCodes.Ldfld, field);
            _il.Emit(OpCodes.Stfld, field);
        }
        if (scope.IsDynamic)
        {
            _il.Emit(OpCodes.Dup);
            EmitLoadEnvironmentSlot(scope);
            _il.Emit(OpCodes.Ldfld, RuntimeMembers.ScopeEnvironmentOuter);
            _il.Emit(OpCodes.Stfld, RuntimeMembers.ScopeEnvironmentOuter);
        }
        EmitStoreEnvironmentSlot(scope);
    }

    // ---- variable storage --------------------------------------------------------------------------

    private static Type ClrType(StorageType type) => type switch
    {
        StorageType.Value => RuntimeMembers.JsValue,
        StorageType.Boolean => typeof(bool),
        StorageType.Int32 => typeof(int),
        StorageType.Exception => typeof(Exception),
        StorageType.ForInIterator => RuntimeMembers.ForInIterator,
        StorageType.IteratorRecord => RuntimeMembers.IteratorRecord,
        StorageType.ValueArray => RuntimeMembers.JsValueArray,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private bool IsArgument(VariableSymbol v, out int index)
    {
        index = -1;
        if (v.IsCaptured || v.Function != _function || InFrame) return false;
        if (_isChunk) return false; // the parameters of a split body live in its environment
        if (v.Kind == VariableKind.This) index = 1;
        else if (v.Kind == VariableKind.Parameter && !_plan.UsesArgumentSpan) index = 2 + v.ParameterIndex;
        else if (v.Kind == VariableKind.NewTarget) index = _plan.NewTargetArgumentIndex;
        return index >= 0;
    }

    private LocalBuilder Local(VariableSymbol v)
    {
        if (!_locals.TryGetValue(v, out var local))
        {
            local = _il.DeclareLocal(LocalType(v));
            _locals[v] = local;
        }
        return local;
    }

    private Type LocalType(VariableSymbol v) => _numeric.Contains(v) ? typeof(double) : ClrType(v.Type);

    /// <summary>Pushes the binding's current value (no TDZ check).</summary>
    private void EmitLoad(VariableSymbol v)
    {
        if (v.IsCaptured)
        {
            EmitLoadEnvironment(v.Scope);
            _il.Emit(OpCodes.Ldfld, _context.EnvironmentOf(v.Scope).FieldOf(v));
        }
        else if (v.Function != _function)
        {
            throw new InvalidOperationException($"'{v.Name}' of {v.Function} is used by {_function} but not captured");
        }
        else if (IsArgument(v, out int index))
        {
            EmitLdarg(index);
        }
        else if (v.Kind == VariableKind.FunctionSelfName)
        {
            EmitLoadCallee();
            _il.Emit(OpCodes.Newobj, RuntimeMembers.JsValueFromFunction);
        }
        else if (InFrame && !_locals.ContainsKey(v))
        {
            EmitLoadFrameField(FrameVariable(v));
        }
        else
        {
            _il.Emit(OpCodes.Ldloc, Local(v));
            if (_numeric.Contains(v)) EmitBoxNumber();
        }
    }

    /// <summary>Stores the value on the stack into the binding (no TDZ or const check).</summary>
    private void EmitStore(VariableSymbol v)
    {
        if (v.IsCaptured)
        {
            var temp = RentTemp(RuntimeMembers.JsValue);
            _il.Emit(OpCodes.Stloc, temp);
            EmitLoadEnvironment(v.Scope);
            _il.Emit(OpCodes.Ldloc, temp);
            _il.Emit(OpCodes.Stfld, _context.EnvironmentOf(v.Scope).FieldOf(v));
            ReturnTemp(temp);
        }
        else if (IsArgument(v, out int index))
        {
            EmitUpdateObjectShadow(v);
            EmitStarg(index);
        }
        else if (InFrame && !_locals.ContainsKey(v))
        {
            EmitStoreFrameField(FrameVariable(v));
        }
        else
        {
            EmitUpdateObjectShadow(v);
            if (_numeric.Contains(v)) _il.Emit(OpCodes.Call, RuntimeMembers.NumberOf); // every write is a Number (NumericLocals)
            _il.Emit(OpCodes.Stloc, Local(v));
        }
    }

    /// <summary>Writes the object shadow of <paramref name="v"/>, if it has one, from the value on the stack (which stays).</summary>
    private void EmitUpdateObjectShadow(VariableSymbol v)
    {
        if (!_objectShadows.TryGetValue(v, out var shadow)) return;
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Call, RuntimeMembers.AsObject);
        _il.Emit(OpCodes.Stloc, shadow);
    }

    /// <summary>Throws the TDZ ReferenceError when the value on the stack is the uninitialized marker (the value stays).</summary>
    private void EmitTdzCheck(VariableSymbol v)
    {
        var ok = _il.DefineLabel();
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Call, RuntimeMembers.IsUninitialized);
        _il.Emit(OpCodes.Brfalse, ok);
        _il.Emit(OpCodes.Ldloc, _realm);
        _il.Emit(OpCodes.Ldstr, v.Name);
        _il.Emit(OpCodes.Call, RuntimeMembers.ThrowTdz);
        _il.Emit(OpCodes.Throw);
        _il.MarkLabel(ok);
    }

    // ---- temporaries -------------------------------------------------------------------------------

    private LocalBuilder RentTemp(Type type)
    {
        if (_freeTemps.TryGetValue(type, out var stack) && stack.Count > 0) return stack.Pop();
        return _il.DeclareLocal(type);
    }

    private void ReturnTemp(LocalBuilder local)
    {
        if (!_freeTemps.TryGetValue(local.LocalType, out var stack))
            _freeTemps[local.LocalType] = stack = new Stack<LocalBuilder>();
        stack.Push(local);
    }

    // ---- labels, regions, sequence points ----------------------------------------------------------

    private Label LabelOf(LabelSymbol symbol)
    {
        if (!_labels.TryGetValue(symbol, out var label))
        {
            label = _il.DefineLabel();
            _labels[symbol] = label;
        }
        return label;
    }

    /// <summary>A jump to a label: `br` within the current exception region, `leave` out of it.</summary>
    private void EmitJump(LabelSymbol target)
    {
        bool sameRegion = _labelRegions.TryGetValue(target, out int region) && region == _region;
        _il.Emit(sameRegion ? OpCodes.Br : OpCodes.Leave, LabelOf(target));
    }

    private bool NeedsLeave(LabelSymbol target) => !(_labelRegions.TryGetValue(target, out int region) && region == _region);

    /// <summary>
    /// A sequence point at IL offset 0 with the function's position: the prologue's (a stack overflow's RangeError
    /// is thrown there), and the fallback of a frame whose native code the JIT left without an IL offset, which
    /// reads offset 0; such a frame then shows the function's position instead of missing from `error.stack`.
    /// </summary>
    private void MarkFunctionStart() => MarkStatementSequencePoint(_function.Span);

    /// <summary>A statement's sequence point: the IL stack is empty there, which is a JIT boundary already.</summary>
    private void MarkStatementSequencePoint(SourceSpan span) => MarkSequencePoint(span, marker: false);

    /// <summary>
    /// A sequence point; inside an expression of an optimized method also a call to Ops.MarkPosition, so the
    /// runtime call that follows keeps this position in stack traces when the JIT inlines it (see Ops.CallSites.cs).
    /// Run-once methods are compiled without optimization: nothing is inlined there.
    /// </summary>
    private void MarkSequencePoint(SourceSpan span) => MarkSequencePoint(span, marker: true);

    /// <summary>
    /// An expression's sequence point without the marker call: for operators and element accesses, which
    /// arithmetic and array loops run at every step. The marker makes the JIT spill the pending operands of
    /// the enclosing expression (measured: crypto's limb loops 40% slower), and these helpers throw only
    /// for unusual operands (a throwing valueOf, BigInt mixing, a null receiver); such a throw's frame then
    /// shows the enclosing call's or statement's position, or the function's (the fallback at IL offset 0).
    /// </summary>
    private void MarkHotSequencePoint(SourceSpan span) => MarkSequencePoint(span, marker: false);

    private void MarkSequencePoint(SourceSpan span, bool marker)
    {
        if (_module.Document is null || span.IsNone || span.Path != _module.File.Path) return;
        // Portable PDB columns are 16-bit: a position past column 65534 (a minified bundle's one line)
        // gets no sequence point of its own; the previous one covers it.
        const int maxColumn = 0xFFFF;
        if (span.StartColumn >= maxColumn) return;
        if (_il.ILOffset == _lastSequencePoint) return;
        _lastSequencePoint = _il.ILOffset;
        int endColumn = Math.Min(span.EndColumn, maxColumn);
        if (span.EndLine == span.StartLine && endColumn <= span.StartColumn) endColumn = span.StartColumn + 1;
        _il.MarkSequencePoint(_module.Document, span.StartLine, span.StartColumn, span.EndLine, endColumn);
        if (marker && !_isChunk && !FunctionPlan.IsRunOnce(_function))
        {
            _il.Emit(OpCodes.Call, RuntimeMembers.MarkPosition);
            _lastSequencePoint = _il.ILOffset;
        }
    }

    /// <summary>The exception regions of one try statement (see EmitTry for the IL shape).</summary>
    private sealed record TryRegions(int Protected, int Try, int Finally);

    /// <summary>
    /// Which exception region each label is in. Region 0 is the method body. A try statement with a
    /// finally has a protected region (its try block, or its try/catch and the catch body that runs
    /// after the IL handler) and a finally region; with a catch, the try block is a region of its own,
    /// and the catch body belongs to the enclosing region.
    /// </summary>
    private sealed class RegionAnalysis : BoundTreeWalker
    {
        private readonly Dictionary<LabelSymbol, int> _labels = new();
        private readonly Dictionary<BoundTry, TryRegions> _trys = new();
        private int _region;
        private int _next = 1;

        public static (Dictionary<LabelSymbol, int>, Dictionary<BoundTry, TryRegions>) Analyze(BoundBlock body)
        {
            var analysis = new RegionAnalysis();
            analysis.VisitStatement(body);
            return (analysis._labels, analysis._trys);
        }

        public override void VisitStatement(BoundStatement node)
        {
            switch (node)
            {
                case BoundLabelStatement label:
                    _labels[label.Label] = _region;
                    return;
                case BoundTry t:
                {
                    int outer = _region;
                    int protectedRegion = t.FinallyBlock is not null ? _next++ : outer;
                    _region = protectedRegion;
                    int tryRegion = t.CatchClause is not null ? _next++ : protectedRegion;
                    _region = tryRegion;
                    VisitStatement(t.TryBlock);
                    _region = protectedRegion;
                    if (t.CatchClause is not null) VisitStatement(t.CatchClause.Body);
                    int finallyRegion = -1;
                    if (t.FinallyBlock is not null)
                    {
                        finallyRegion = _next++;
                        _region = finallyRegion;
                        VisitStatement(t.FinallyBlock);
                    }
                    _trys[t] = new TryRegions(protectedRegion, tryRegion, finallyRegion);
                    _region = outer;
                    return;
                }
                default:
                    base.VisitStatement(node);
                    return;
            }
        }
    }
}
