// The dynamic-scope path of the binder: `with`, direct eval, and the top level of eval code.
//
// Code that uses neither `with` nor `eval(...)` binds exactly as before: a pre-scan of the AST finds
// the functions that contain an `eval(...)` call (directly, not in a nested function) and whether any
// `with` exists; without either, none of this runs. Otherwise:
// - A `with (o) body` is a block with a With scope holding one temp binding, the object
//   (ToObject(o)). References inside it get a With step (see BoundDynamicName).
// - A sloppy function that contains a direct eval may get vars from the eval code: references in it
//   and in its nested functions that do not resolve inside it get an EvalVars step for its scope.
// - At each `eval(...)` call every scope from the call out to the top level becomes IsDynamic: its
//   environment exposes its bindings by name (all of them captured, lexical ones TDZ-marked, function
//   declarations treated as assigned so no direct call bypasses an eval that reassigns them), and the
//   nearest non-arrow function's `this` and `arguments` exist.
// - Eval code (BindEval): free names get a Chain step that walks the caller's runtime scope chain
//   (direct eval) or are globals (indirect eval, Function); a sloppy program's top-level vars and
//   functions belong to the caller's variable environment (declared by Ops.DeclareEvalVars before it
//   runs), its let/const stay local; the program returns its completion value.
using System.Collections.Immutable;
using Acornima;
using Acornima.Ast;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Diagnostics;
using Oden.Compiler.Symbols;
using Scope = Oden.Compiler.Symbols.Scope;
using FunctionKind = Oden.Compiler.Symbols.FunctionKind;

namespace Oden.Compiler.Binding;

/// <summary>Eval code after binding: the program and what the runtime declares before running it.</summary>
internal sealed record BoundEvalUnit(BoundScript Script, bool IsStrict, ImmutableArray<string> VarNames, ImmutableArray<string> FunctionNames);

internal sealed partial class Binder
{
    /// <summary>Function nodes (and the Script node for the top level) that directly contain an `eval(...)` call.</summary>
    private HashSet<Node>? _evalCallers;

    /// <summary>Identifier references may need dynamic steps (the source has `with` or `eval(...)`, or is eval code).</summary>
    private bool _dynamicNames;

    /// <summary>Sloppy functions with a direct eval: their function scope may receive eval-declared vars.</summary>
    private readonly HashSet<FunctionSymbol> _evalVarFunctions = new();

    private readonly List<Scope> _dynamicScopes = new();

    /// <summary>Binding direct-eval code: free names are looked up in the caller's runtime scope chain.</summary>
    private bool _evalHasChain;

    /// <summary>Binding direct-eval code whose caller is in a function (new.target is the caller's, passed to the program).</summary>
    private bool _evalInFunction;

    // ---- the pre-scan ----------------------------------------------------------------------------

    private void ScanDynamic(Script script)
    {
        var text = _file.Text;
        if (!text.Contains("eval", StringComparison.Ordinal) && !text.Contains("with", StringComparison.Ordinal)) return;
        var scan = new DynamicScan(script);
        scan.Visit(script);
        if (scan.EvalCallers.Count == 0 && !scan.HasWith) return;
        _evalCallers = scan.EvalCallers;
        _dynamicNames = true;
    }

    private sealed class DynamicScan(Script root) : AstVisitor
    {
        private Node _function = root;

        public HashSet<Node> EvalCallers { get; } = new();
        public bool HasWith { get; private set; }

        protected override object? VisitCallExpression(CallExpression node)
        {
            if (node.Callee is Identifier { Name: "eval" }) EvalCallers.Add(_function);
            return base.VisitCallExpression(node);
        }

        protected override object? VisitWithStatement(WithStatement node)
        {
            HasWith = true;
            return base.VisitWithStatement(node);
        }

        protected override object? VisitFunctionDeclaration(FunctionDeclaration node) => InFunction(node, () => base.VisitFunctionDeclaration(node));
        protected override object? VisitFunctionExpression(FunctionExpression node) => InFunction(node, () => base.VisitFunctionExpression(node));
        protected override object? VisitArrowFunctionExpression(ArrowFunctionExpression node) => InFunction(node, () => base.VisitArrowFunctionExpression(node));

        private object? InFunction(Node node, Func<object?> visit)
        {
            NestingTooDeepException.EnsureStack(default);
            var saved = _function;
            _function = node;
            try
            {
                return visit();
            }
            finally
            {
                _function = saved;
            }
        }
    }

    /// <summary>The parameter scope of a function whose parameter expressions gave its body a separate var scope.</summary>
    private static bool IsParameterEvalScope(Scope scope) => scope == scope.Function.Scope && scope.Function.VarScope != scope;

    /// <summary>
    /// A sloppy function with a direct eval and parameter expressions: an eval in a default value puts
    /// its vars in the parameter scope, one in the body in the body's var scope. Both scopes keep their
    /// bindings in environments from the start (Scope.IsDynamic), whichever of them the eval is in.
    /// </summary>
    private void OnSeparateVarScope(FunctionSymbol function)
    {
        if (!_evalVarFunctions.Contains(function)) return;
        foreach (var scope in new[] { function.Scope, function.VarScope })
        {
            if (scope.IsDynamic) continue;
            scope.IsDynamic = true;
            _dynamicScopes.Add(scope);
        }
    }

    /// <summary>Called for every function symbol as it is created, before its body is bound.</summary>
    private void OnFunctionCreated(FunctionSymbol function, Node node)
    {
        if (_evalCallers is null || !_evalCallers.Contains(node)) return;
        if (!function.IsStrict && function.Kind is not (FunctionKind.Script or FunctionKind.Eval))
            _evalVarFunctions.Add(function);
    }

    // ---- references ------------------------------------------------------------------------------

    /// <summary>
    /// ResolveBinding where `with` or eval may intervene: null when nothing dynamic lies between the
    /// reference and its static resolution (the caller then binds it as usual).
    /// </summary>
    private BoundExpression? BindDynamicReference(string name, Node node, bool isWrite)
    {
        ImmutableArray<DynamicStep>.Builder? steps = null;
        VariableSymbol? found = null;
        for (var scope = _scope; scope is not null; scope = scope.Parent)
        {
            if (scope.Kind == ScopeKind.With)
            {
                (steps ??= ImmutableArray.CreateBuilder<DynamicStep>()).Add(new DynamicStep(DynamicStepKind.With, Reference(scope.Variables[0], node), null));
                continue;
            }
            if (scope.Kind == ScopeKind.Function && name == "arguments" && HasOwnArguments(scope.Function))
            {
                found = ArgumentsOf(scope.Function);
                break;
            }
            var symbol = scope.Lookup(name);
            if (symbol is not null)
            {
                found = symbol;
                break;
            }
            // Eval code declares its vars in the function's var scope (the function scope itself, unless
            // parameter expressions gave the body a separate one); an eval inside a parameter expression
            // declares them in the parameter scope, which the body's var scope encloses.
            if ((scope == scope.Function.VarScope || IsParameterEvalScope(scope)) && _evalVarFunctions.Contains(scope.Function))
                (steps ??= ImmutableArray.CreateBuilder<DynamicStep>()).Add(new DynamicStep(DynamicStepKind.EvalVars, null, scope));
            if (scope.Kind == ScopeKind.Function)
            {
                if (scope.Function.Kind == FunctionKind.Eval && _evalHasChain)
                {
                    (steps ??= ImmutableArray.CreateBuilder<DynamicStep>()).Add(new DynamicStep(DynamicStepKind.Chain, null, scope));
                    break;
                }
            }
        }
        if (steps is null) return null;
        BoundExpression fallback = found is null ? new BoundGlobal(name, Span(node)) : Reference(found, node, isWrite);
        return new BoundDynamicName(name, steps.ToImmutable(), fallback, _function.IsStrict, Span(node));
    }

    /// <summary>
    /// The binding an Annex B block function assigns at the top level of a script or of eval code: the
    /// global (script, global eval) or the caller's variable environment (direct eval).
    /// </summary>
    private BoundExpression TopLevelVarReference(string name, Node node)
    {
        if (_function.Kind == FunctionKind.Eval && _evalHasChain)
            return new BoundDynamicName(name, [new DynamicStep(DynamicStepKind.Chain, null, _function.Scope)], new BoundGlobal(name, Span(node)), _function.IsStrict, Span(node));
        return new BoundGlobal(name, Span(node));
    }

    // ---- with ------------------------------------------------------------------------------------

    // with (o) body
    // becomes
    // { [with scope: $with] $with = ToWithObject(o); body }   where references in body check $with first
    private BoundStatement BindWith(WithStatement s)
    {
        var obj = BindExpression(s.Object);
        var scope = PushScope(ScopeKind.With);
        try
        {
            var symbol = scope.DeclareTemp("with");
            symbol.IsReferenced = true;
            var span = Span(s.Object);
            var init = new BoundExpressionStatement(
                new BoundAssignment(new BoundVariable(symbol, needsTdzCheck: false, span), new BoundIntrinsic(IntrinsicKind.ToWithObject, [obj], span), span), span);
            var body = BindSubstatement(s.Body);
            return new BoundBlock(scope, [init, body], Span(s));
        }
        finally
        {
            PopScope(scope);
        }
    }

    // ---- direct eval -----------------------------------------------------------------------------

    private BoundExpression BindDirectEval(CallExpression call)
    {
        var calleeNode = (Identifier)call.Callee;
        var callee = BindIdentifierReference("eval", calleeNode);
        var arguments = BindArguments(call.Arguments);
        var thisValue = BindThis(call);

        // The eval code can read `arguments` of the nearest non-arrow function.
        var owner = _function;
        while (owner.IsArrow) owner = owner.Parent!;
        if (HasOwnArguments(owner)) Reference(ArgumentsOf(owner), call);

        for (var scope = _scope; scope is not null; scope = scope.Parent)
        {
            if (!scope.IsDynamic)
            {
                scope.IsDynamic = true;
                _dynamicScopes.Add(scope);
            }
        }

        var span = Span(call);
        var name = owner.Kind switch
        {
            FunctionKind.Module or FunctionKind.Script => "Object.<anonymous>",
            FunctionKind.Eval => "eval",
            _ => owner.Name.Length == 0 ? "<anonymous>" : owner.Name,
        };
        var location = $"eval at {name} ({span.Path}:{span.StartLine}:{span.StartColumn})";
        var (newTarget, inFunction) = EvalNewTarget(owner, call);
        return new BoundDirectEval(callee, arguments, thisValue, newTarget, inFunction, _scope, _function.IsStrict, location, span);
    }

    /// <summary>
    /// What a direct eval passes as new.target, and whether its code may contain new.target
    /// (PerformEval's inFunction: the caller's this-environment is a function's). A constructor (or eval
    /// code inside one) passes its binding; other functions, a CommonJS module body (a function in node)
    /// and methods pass undefined; a classic script's top level is not in a function.
    /// </summary>
    private (BoundExpression NewTarget, bool InFunction) EvalNewTarget(FunctionSymbol owner, Node node)
    {
        var undefined = new BoundLiteral(ConstantValue.Undefined, Span(node));
        if (owner.Kind == FunctionKind.Script) return (undefined, false);
        if (owner.Kind == FunctionKind.Eval && !_evalInFunction) return (undefined, false);
        if (owner.Kind != FunctionKind.Eval && !owner.IsConstructor) return (undefined, true);
        owner.NewTargetSymbol ??= owner.Scope.Declare("new.target", VariableKind.NewTarget);
        return (Reference(owner.NewTargetSymbol, node), true);
    }

    /// <summary>
    /// After binding: every binding of a scope a direct eval can see lives in its environment, where
    /// the eval code finds it by name.
    /// </summary>
    private void FinishDynamicScopes()
    {
        foreach (var scope in _dynamicScopes)
        {
            scope.ForcesEnvironment = true;
            foreach (var v in scope.Variables)
            {
                if (v.Kind is VariableKind.This or VariableKind.NewTarget) continue; // passed to eval code as values
                if (v.Kind == VariableKind.Temp && scope.Kind != ScopeKind.With) continue;
                v.IsReferenced = true;
                v.IsCaptured = true;
                if (v.IsLexical) v.HasTdzReferences = true;
                if (v.Kind is VariableKind.FunctionDeclaration or VariableKind.BlockFunction) v.IsAssigned = true;
            }
        }
    }

    // ---- eval code -------------------------------------------------------------------------------

    /// <summary>Expression statements the binder made from declarations (`var x = 1`, Annex B): their value is no completion value.</summary>
    private HashSet<BoundExpressionStatement>? _notCompletions;

    private BoundExpressionStatement NotACompletion(BoundExpressionStatement statement)
    {
        _notCompletions?.Add(statement);
        return statement;
    }

    private BoundStatement? BindEvalDirective(Directive directive) =>
        _scope == _function.Scope ? new BoundExpressionStatement(BindExpression(directive.Expression), Span(directive)) : null;

    /// <summary>
    /// Binds eval code (or a Function constructor's source, which is global code too). Returns null
    /// when binding reported errors.
    /// </summary>
    public static BoundEvalUnit? BindEval(Script script, SourceFile file, bool directEval, bool strictCaller, DiagnosticBag diagnostics, bool inFunction = false)
    {
        var binder = new Binder(file, ScriptMode.ClassicScript, diagnostics) { _evalHasChain = directEval, _evalInFunction = directEval && inFunction, _notCompletions = new() };
        int errorsBefore = diagnostics.Count;
        try
        {
            var unit = binder.BindEvalTopLevel(script, strictCaller);
            if (diagnostics.ToList().Skip(errorsBefore).Any(d => d.IsError)) return null;
            return unit;
        }
        catch (NestingTooDeepException e)
        {
            diagnostics.NestingTooDeep(e.Span);
            return null;
        }
    }

    private BoundEvalUnit BindEvalTopLevel(Script script, bool strictCaller)
    {
        ScanDynamic(script);
        _dynamicNames = true; // free names of eval code are dynamic (or globals)
        bool strict = script.Strict || strictCaller;
        var function = new FunctionSymbol("", FunctionKind.Eval, strict, parent: null, enclosingScope: null, Span(script))
        {
            SourceStart = 0,
            SourceEnd = _file.Text.Length,
        };
        _function = function;
        _scope = function.Scope;
        OnFunctionCreated(function, script);
        if (_evalHasChain)
        {
            // Chain steps read the caller's chain from this scope's environment (its Outer).
            function.Scope.IsDynamic = true;
            _dynamicScopes.Add(function.Scope);
        }

        var body = BindFunctionBody(function, script.Body, script);
        FinishDynamicScopes();

        // Sloppy code: top-level function declarations belong to the variable environment; the program
        // assigns them first (Ops.DeclareEvalVars has created the bindings).
        var functionNames = new List<string>();
        var statements = new List<BoundStatement>();
        foreach (var statement in body.Statements)
        {
            if (statement is BoundFunctionDeclaration { Symbol: null } declaration)
            {
                var name = declaration.Function.Symbol.Name;
                if (!functionNames.Contains(name)) functionNames.Add(name);
                var target = TopLevelVarReference(name, script);
                var closure = new BoundFunctionExpression(declaration.Function, declaration.Span);
                statements.Add(new BoundExpressionStatement(new BoundAssignment(target, closure, declaration.Span), declaration.Span));
                continue;
            }
            statements.Add(statement);
        }

        // The completion value: `$completion = e` for each expression statement (see CompletionRewriter).
        var completion = function.Scope.DeclareTemp("completion");
        var rewriter = new CompletionRewriter(completion, _notCompletions!);
        var rewritten = statements.Select(s => rewriter.Visit(s)).ToList();
        var span = Span(script);
        rewritten.Add(new BoundReturn(new BoundVariable(completion, needsTdzCheck: false, span), span));

        var top = new BoundFunction(function, new BoundBlock(function.Scope, [.. rewritten], body.Span));
        var bound = new BoundScript(_file, ScriptMode.ClassicScript, top, [], _globalVarNames.ToImmutableArray());
        var varNames = strict ? ImmutableArray<string>.Empty : _globalVarNames.Where(n => !functionNames.Contains(n)).ToImmutableArray();
        return new BoundEvalUnit(bound, strict, varNames, strict ? [] : [.. functionNames]);
    }

    /// <summary>
    /// The completion value of a program (https://tc39.es/ecma262/#sec-block-runtime-semantics-evaluation
    /// and UpdateEmpty): each expression statement stores its value; an if, loop, switch, try or with
    /// statement first stores undefined (their completion is UpdateEmpty(C, undefined)); statements in a
    /// finally block do not count; nested functions are left alone.
    /// </summary>
    private sealed class CompletionRewriter(VariableSymbol completion, HashSet<BoundExpressionStatement> notCompletions) : BoundTreeRewriter
    {
        private bool _inFinally;

        public override BoundFunction VisitFunction(BoundFunction function) => function;

        public override BoundStatement VisitExpressionStatement(BoundExpressionStatement node)
        {
            if (_inFinally || notCompletions.Contains(node)) return node;
            var span = node.Span;
            return node.Update(new BoundAssignment(new BoundVariable(completion, needsTdzCheck: false, span), node.Expression, span));
        }

        private BoundStatement Reset(BoundStatement statement)
        {
            if (_inFinally) return statement;
            var span = statement.Span;
            var clear = new BoundExpressionStatement(
                new BoundAssignment(new BoundVariable(completion, needsTdzCheck: false, span), new BoundLiteral(ConstantValue.Undefined, span), span), span);
            return new BoundStatementList([clear, statement], span);
        }

        public override BoundBlock VisitBlock(BoundBlock node)
        {
            var block = base.VisitBlock(node);
            if (node.Scope?.Kind != ScopeKind.With || _inFinally) return block;
            // with (o) body: [$with = ToWithObject(o), body] → [$with = ..., $completion = undefined, body]
            var span = node.Span;
            var clear = new BoundExpressionStatement(
                new BoundAssignment(new BoundVariable(completion, needsTdzCheck: false, span), new BoundLiteral(ConstantValue.Undefined, span), span), span);
            return new BoundBlock(node.Scope, block.Statements.Insert(1, clear), span);
        }

        public override BoundStatement VisitIf(BoundIf node) => Reset(node.Update(node.Test, Visit(node.Then), node.Else is null ? null : Visit(node.Else)));
        public override BoundStatement VisitWhile(BoundWhile node) => Reset(node.Update(node.Test, Visit(node.Body)));
        public override BoundStatement VisitDoWhile(BoundDoWhile node) => Reset(node.Update(Visit(node.Body), node.Test));
        public override BoundStatement VisitFor(BoundFor node) => Reset(node.Update(node.Initializer, node.Test, node.Increment, Visit(node.Body)));
        public override BoundStatement VisitForIn(BoundForIn node) => Reset(node.Update(node.Target, node.Expression, Visit(node.Body)));
        public override BoundStatement VisitForOf(BoundForOf node) => Reset(node.Update(node.Target, node.Expression, Visit(node.Body)));

        public override BoundStatement VisitSwitch(BoundSwitch node) =>
            Reset(node.Update(node.Expression, node.Cases.Select(c => c.Update(c.Test, VisitList(c.Statements))).ToImmutableArray()));

        public override BoundStatement VisitTry(BoundTry node)
        {
            var tryBlock = VisitBlock(node.TryBlock);
            var catchClause = node.CatchClause?.Update(VisitBlock(node.CatchClause.Body));
            BoundBlock? finallyBlock = null;
            if (node.FinallyBlock is not null)
            {
                bool saved = _inFinally;
                _inFinally = true;
                finallyBlock = VisitBlock(node.FinallyBlock);
                _inFinally = saved;
            }
            return Reset(node.Update(tryBlock, catchClause, finallyBlock));
        }

        public override BoundStatement VisitStatementList(BoundStatementList node) => node.Update(VisitList(node.Statements));
    }
}
