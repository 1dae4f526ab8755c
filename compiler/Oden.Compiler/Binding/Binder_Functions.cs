// Functions: the top level, declarations, expressions, arrows, methods and accessors, and the
// declaration instantiation of a function body (https://tc39.es/ecma262/#sec-functiondeclarationinstantiation):
// parameters, then top-level function declarations (which overwrite a parameter of the same name),
// then vars, then top-level let/const, then the implicit bindings. Annex B.3.3 applies in sloppy code:
// a function declared in a block also gets a var in the function scope, assigned when the
// declaration is evaluated, unless a var there would clash with an enclosing lexical declaration or a
// parameter.
using System.Collections.Immutable;
using Acornima.Ast;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;
using FunctionKind = Oden.Compiler.Symbols.FunctionKind;

namespace Oden.Compiler.Binding;

internal sealed partial class Binder
{
    private BoundFunction BindTopLevel(Script script)
    {
        var kind = _mode == ScriptMode.CommonJsModule ? FunctionKind.Module : FunctionKind.Script;
        var function = new FunctionSymbol("", kind, script.Strict, parent: null, enclosingScope: null, Span(script))
        {
            SourceStart = 0,
            SourceEnd = _file.Text.Length,
        };
        _function = function;
        _scope = function.Scope;
        OnFunctionCreated(function, script);
        if (kind == FunctionKind.Module)
        {
            foreach (var name in ModuleParameters)
            {
                var p = function.Scope.Declare(name, VariableKind.Parameter);
                p.ParameterIndex = function.Parameters.Count;
                function.Parameters.Add(p);
            }
        }
        var body = BindFunctionBody(function, script.Body, script);
        return new BoundFunction(function, body);
    }

    private BoundFunction BindFunction(Node node, FunctionKind kind, string name, in NodeList<Node> parameters, StatementOrExpression body, Identifier? selfName, bool isDeclaration = false)
    {
        bool strict = body is FunctionBody fb ? fb.Strict : _function.IsStrict;
        var function = new FunctionSymbol(name, kind, strict, _function, _scope, Span(node))
        {
            SourceStart = node.Start,
            SourceEnd = node.End,
            IsDeclaration = isDeclaration,
        };
        _function.NestedFunctions.Add(function);
        OnFunctionCreated(function, node);
        if (node is IFunction { } shape)
        {
            function.IsGenerator = shape.Generator;
            function.IsAsync = shape.Async;
        }

        var (savedFunction, savedScope, savedLabels, savedOpenIterators) = (_function, _scope, _labels, _openIterators);
        _function = function;
        _scope = function.Scope;
        _labels = LabelContext.Empty;
        try
        {
            // Array patterns nested in parameter defaults close their iterators from a try around the prologue.
            _openIterators = null;
            var parameterPrologue = BindParameters(function, parameters, selfName);
            if (_openIterators is { Count: > 0 } && CloseOpenIterators(new BoundStatementList(parameterPrologue, Span(node))) is { } guarded)
                parameterPrologue = [guarded];
            if (function.IsGenerator && !parameterPrologue.IsEmpty)
            {
                // Run at the call, by the entry method (see FunctionSymbol.HasEntryPrologue).
                if (parameterPrologue.Length > 1) parameterPrologue = [new BoundStatementList(parameterPrologue, Span(node))];
                function.HasEntryPrologue = true;
            }

            BoundBlock boundBody;
            if (body is FunctionBody block)
            {
                boundBody = BindFunctionBody(function, block.Body, block, selfName, parameterPrologue);
            }
            else
            {
                // Arrow with an expression body: `x => e` is `x => { return e; }`.
                var expression = (Expression)body;
                _scope = function.VarScope;
                _openIterators = null;
                var value = BindExpression(expression);
                BoundStatement returnStatement = CloseOpenIterators(new BoundReturn(value, Span(expression)))!;
                if (function.VarScope != function.Scope)
                    returnStatement = new BoundBlock(function.VarScope, [returnStatement], Span(expression));
                boundBody = new BoundBlock(function.Scope, parameterPrologue.Add(returnStatement), Span(expression));
            }
            return new BoundFunction(function, boundBody);
        }
        finally
        {
            (_function, _scope, _labels, _openIterators) = (savedFunction, savedScope, savedLabels, savedOpenIterators);
        }
    }

    private BoundBlock BindFunctionBody(FunctionSymbol function, in NodeList<Statement> statements, Node bodyNode, Identifier? selfName = null,
        ImmutableArray<BoundStatement> parameterPrologue = default)
    {
        var scope = function.VarScope;
        _scope = scope;
        var hoisting = new HoistingCollector(function.IsStrict);
        hoisting.CollectTopLevel(statements);
        bool globalTopLevel = function.Kind == FunctionKind.Script || (function.Kind == FunctionKind.Eval && !function.IsStrict);

        var prologue = new List<BoundStatement>();

        // Parameter names, for Annex B's "F is not an element of parameterNames".
        var parameterNames = new HashSet<string>(function.Scope.Variables.Where(v => v.Kind != VariableKind.Temp).Select(p => p.Name), StringComparer.Ordinal);

        // Top-level function declarations: var-scoped; the last one of a name wins.
        var functionSymbols = new List<(FunctionDeclaration Node, VariableSymbol? Symbol)>();
        foreach (var declaration in hoisting.TopLevelFunctions)
        {
            string name = declaration.Id!.Name;
            if (globalTopLevel)
            {
                functionSymbols.Add((declaration, null));
                continue;
            }
            var symbol = scope.Lookup(name);
            if (symbol is null)
            {
                symbol = scope.Declare(name, VariableKind.FunctionDeclaration);
            }
            else if (symbol.Kind == VariableKind.Parameter)
            {
                symbol.IsAssigned = true;
            }
            functionSymbols.Add((declaration, symbol));
        }

        // Vars, including Annex B functions in blocks.
        foreach (var name in hoisting.VarNames.Concat(hoisting.AnnexBFunctions.Select(f => f.Id!.Name)))
        {
            if (globalTopLevel)
            {
                if (!_globalVarNames.Contains(name) && !functionSymbols.Any(f => f.Node.Id!.Name == name))
                    _globalVarNames.Add(name);
                continue;
            }
            if (scope.Lookup(name) is not null) continue;
            var kind = name == "arguments" && HasOwnArguments(function) ? VariableKind.Arguments : VariableKind.Var;
            var symbol = scope.Declare(name, kind);
            if (kind == VariableKind.Arguments) function.ArgumentsSymbol = symbol;
        }
        // Annex B functions whose var could not be created (a parameter of that name) do not assign it.
        hoisting.AnnexBFunctions.RemoveWhere(f => parameterNames.Contains(f.Id!.Name));

        // Top-level let/const.
        DeclareLexical(scope, statements, isFunctionTopLevel: true);

        // A named function expression's own name, unless the body declares that name.
        if (selfName is not null && function.SelfSymbol is null && scope.Lookup(selfName.Name) is null && selfName.Name != "arguments")
        {
            function.SelfSymbol = scope.Declare(selfName.Name, VariableKind.FunctionSelfName);
        }

        _annexB = hoisting.AnnexBFunctions;
        foreach (var (node, symbol) in functionSymbols)
        {
            prologue.Add(new BoundFunctionDeclaration(symbol, BindFunctionDeclaration(node), Span(node)));
        }

        var body = BindStatementList(statements, isFunctionTopLevel: true);
        var parameterStatements = parameterPrologue.IsDefault ? [] : parameterPrologue;
        if (scope == function.Scope)
            return new BoundBlock(scope, parameterStatements.Concat(prologue).Concat(body).ToImmutableArray(), Span(bodyNode));

        // A separate var scope: a var named like a parameter starts with the parameter's value (step 28.f).
        var copies = new List<BoundStatement>();
        foreach (var v in scope.Variables)
        {
            if (v.Kind is not (VariableKind.Var or VariableKind.Arguments)) continue;
            if (function.Scope.Lookup(v.Name) is not { Kind: not VariableKind.Temp } parameter || parameter.Kind == VariableKind.Arguments && v.Kind == VariableKind.Arguments) continue;
            var span = Span(bodyNode);
            var read = Reference(parameter, bodyNode);
            copies.Add(new BoundExpressionStatement(new BoundAssignment(Reference(v, bodyNode, isWrite: true), read, span), span));
        }
        var inner = new BoundBlock(scope, copies.Concat(prologue).Concat(body).ToImmutableArray(), Span(bodyNode));
        return new BoundBlock(function.Scope, parameterStatements.Add(inner), Span(bodyNode));
    }

    /// <summary>The block functions of the function being bound that also assign a function-scoped var (Annex B.3.3).</summary>
    private HashSet<FunctionDeclaration> _annexB = new();

    private BoundFunction BindFunctionDeclaration(FunctionDeclaration node)
    {
        var saved = _annexB;
        try
        {
            return BindFunction(node, FunctionKind.Normal, node.Id!.Name, node.Params, node.Body, selfName: null, isDeclaration: true);
        }
        finally
        {
            _annexB = saved;
        }
    }

    private BoundExpression BindFunctionExpression(FunctionExpression node, string? inferredName, FunctionKind kind = FunctionKind.Normal)
    {
        var saved = _annexB;
        try
        {
            var name = node.Id?.Name ?? inferredName ?? "";
            var function = BindFunction(node, kind, name, node.Params, node.Body, kind == FunctionKind.Normal ? node.Id : null);
            return new BoundFunctionExpression(function, Span(node));
        }
        finally
        {
            _annexB = saved;
        }
    }

    private BoundExpression BindArrowFunction(ArrowFunctionExpression node, string? inferredName)
    {
        var saved = _annexB;
        try
        {
            var function = BindFunction(node, FunctionKind.Arrow, inferredName ?? "", node.Params, node.Body, selfName: null);
            return new BoundFunctionExpression(function, Span(node));
        }
        finally
        {
            _annexB = saved;
        }
    }

    /// <summary>
    /// NamedEvaluation: an anonymous function or arrow gets the name of the binding or property it
    /// initializes (https://tc39.es/ecma262/#sec-isanonymousfunctiondefinition).
    /// </summary>
    private BoundExpression BindNamedExpression(Expression expression, string name) => expression switch
    {
        FunctionExpression { Id: null } f => BindFunctionExpression(f, name),
        ArrowFunctionExpression a => BindArrowFunction(a, name),
        ClassExpression { Id: null } c => BindClassExpression(c, name),
        ParenthesizedExpression p => BindNamedExpression(p.Expression, name),
        _ => BindExpression(expression),
    };

    /// <summary>Declares the let/const (and, in blocks, function) bindings of a statement list in <paramref name="scope"/>.</summary>
    private List<FunctionDeclaration> DeclareLexical(Scope scope, IEnumerable<Statement> statements, bool isFunctionTopLevel)
    {
        var functions = new List<FunctionDeclaration>();
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case VariableDeclaration { Kind: VariableDeclarationKind.Let or VariableDeclarationKind.Const } declaration:
                    var kind = declaration.Kind == VariableDeclarationKind.Const ? VariableKind.Const : VariableKind.Let;
                    foreach (var declarator in declaration.Declarations)
                    foreach (var id in BoundIdentifiers(declarator.Id))
                    {
                        if (isFunctionTopLevel && _function.Kind == FunctionKind.Module && ModuleParameters.Contains(id.Name))
                        {
                            SyntaxError(id, $"Identifier '{id.Name}' has already been declared");
                            continue;
                        }
                        var symbol = scope.Declare(id.Name, kind);
                        symbol.InitializedAfter = declarator.End;
                    }
                    break;
                case ClassDeclaration classDeclaration:
                    // A class declaration's binding is like let's: in its TDZ until the class is evaluated.
                    scope.Declare(classDeclaration.Id!.Name, VariableKind.Let).InitializedAfter = classDeclaration.End;
                    break;
                case FunctionDeclaration function when !isFunctionTopLevel:
                    functions.Add(function);
                    break;
                case LabeledStatement labeled when !isFunctionTopLevel:
                    // Sloppy `l: function f() {}` in a block is a lexical function declaration of the block.
                    Statement body = labeled.Body;
                    while (body is LabeledStatement inner) body = inner.Body;
                    if (body is FunctionDeclaration labeledFunction) functions.Add(labeledFunction);
                    break;
            }
        }
        // Block functions: lexical, initialized at block entry; with duplicates (sloppy), the last wins.
        foreach (var function in functions)
        {
            if (scope.Lookup(function.Id!.Name) is null)
                scope.Declare(function.Id.Name, VariableKind.BlockFunction);
        }
        return functions;
    }

    /// <summary>
    /// The hoisting pre-pass over one function body: var names, top-level function declarations, and
    /// the block functions that Annex B.3.3 also hoists to a var. It does not enter nested functions.
    /// </summary>
    private sealed class HoistingCollector(bool strict)
    {
        public List<string> VarNames { get; } = new();
        public List<FunctionDeclaration> TopLevelFunctions { get; } = new();
        public HashSet<FunctionDeclaration> AnnexBFunctions { get; } = new();

        // Lexically declared names of the enclosing blocks, innermost last.
        private readonly List<HashSet<string>> _blocks = new();
        private readonly HashSet<string> _topLevelLexical = new(StringComparer.Ordinal);

        public void CollectTopLevel(in NodeList<Statement> statements)
        {
            foreach (var statement in statements)
            {
                if (statement is VariableDeclaration { Kind: VariableDeclarationKind.Let or VariableDeclarationKind.Const } lexical)
                {
                    foreach (var d in lexical.Declarations) _topLevelLexical.UnionWith(BoundIdentifiers(d.Id).Select(i => i.Name));
                }
                if (statement is ClassDeclaration classDeclaration) _topLevelLexical.Add(classDeclaration.Id!.Name);
            }
            foreach (var statement in statements)
            {
                var body = Unlabel(statement);
                if (body is FunctionDeclaration function)
                {
                    TopLevelFunctions.Add(function);
                    continue;
                }
                Collect(statement);
            }
        }

        private static Statement Unlabel(Statement statement)
        {
            while (statement is LabeledStatement labeled) statement = labeled.Body;
            return statement;
        }

        private void CollectBlock(IEnumerable<Statement> statements, IEnumerable<string> extraLexicalNames)
        {
            var names = new HashSet<string>(extraLexicalNames, StringComparer.Ordinal);
            var list = statements as IList<Statement> ?? statements.ToList();
            foreach (var statement in list)
            {
                switch (Unlabel(statement))
                {
                    case VariableDeclaration { Kind: VariableDeclarationKind.Let or VariableDeclarationKind.Const } lexical:
                        foreach (var d in lexical.Declarations) names.UnionWith(BoundIdentifiers(d.Id).Select(i => i.Name));
                        break;
                    case FunctionDeclaration function:
                        names.Add(function.Id!.Name);
                        break;
                    case ClassDeclaration classDeclaration:
                        names.Add(classDeclaration.Id!.Name);
                        break;
                }
            }
            _blocks.Add(names);
            foreach (var statement in list) Collect(statement);
            _blocks.RemoveAt(_blocks.Count - 1);
        }

        private void Collect(Statement statement)
        {
            NestingTooDeepException.EnsureStack(default);
            switch (statement)
            {
                case VariableDeclaration { Kind: VariableDeclarationKind.Var } declaration:
                    foreach (var d in declaration.Declarations) VarNames.AddRange(BoundIdentifiers(d.Id).Select(i => i.Name));
                    break;
                case FunctionDeclaration function:
                    // In a block (top-level ones never reach here).
                    if (!strict && CanHoistToVar(function.Id!.Name)) AnnexBFunctions.Add(function);
                    break;
                case BlockStatement block:
                    CollectBlock(block.Body, []);
                    break;
                case IfStatement s:
                    CollectSubstatement(s.Consequent);
                    if (s.Alternate is not null) CollectSubstatement(s.Alternate);
                    break;
                case ForStatement s:
                    if (s.Init is VariableDeclaration { Kind: VariableDeclarationKind.Var } forVar) Collect(forVar);
                    if (s.Init is VariableDeclaration { Kind: not VariableDeclarationKind.Var } forLexical)
                        CollectBlock([s.Body], forLexical.Declarations.SelectMany(d => BoundIdentifiers(d.Id)).Select(i => i.Name));
                    else
                        CollectSubstatement(s.Body);
                    break;
                case ForInStatement s:
                    CollectForEach(s.Left, s.Body);
                    break;
                case ForOfStatement s:
                    CollectForEach(s.Left, s.Body);
                    break;
                case WhileStatement s:
                    CollectSubstatement(s.Body);
                    break;
                case DoWhileStatement s:
                    CollectSubstatement(s.Body);
                    break;
                case LabeledStatement s:
                    CollectSubstatement(s.Body);
                    break;
                case TryStatement s:
                    Collect(s.Block);
                    if (s.Handler is not null) Collect(s.Handler.Body);
                    if (s.Finalizer is not null) Collect(s.Finalizer);
                    break;
                case SwitchStatement s:
                    CollectBlock(s.Cases.SelectMany(c => c.Consequent), []);
                    break;
                case WithStatement s:
                    CollectSubstatement(s.Body);
                    break;
            }
        }

        private void CollectForEach(Node left, Statement body)
        {
            if (left is VariableDeclaration { Kind: VariableDeclarationKind.Var } forVar) Collect(forVar);
            if (left is VariableDeclaration { Kind: not VariableDeclarationKind.Var } forLexical)
                CollectBlock([body], forLexical.Declarations.SelectMany(d => BoundIdentifiers(d.Id)).Select(i => i.Name));
            else
                CollectSubstatement(body);
        }

        /// <summary>A statement in a statement position: a bare function declaration there acts as if in its own block.</summary>
        private void CollectSubstatement(Statement statement)
        {
            if (Unlabel(statement) is FunctionDeclaration)
                CollectBlock([statement], []);
            else
                Collect(statement);
        }

        /// <summary>B.3.3.1: would `var F` here be free of early errors?</summary>
        private bool CanHoistToVar(string name)
        {
            if (_topLevelLexical.Contains(name)) return false;
            // Every enclosing block but the declaring one must not declare the name lexically.
            for (int i = 0; i < _blocks.Count - 1; i++)
            {
                if (_blocks[i].Contains(name)) return false;
            }
            return true;
        }
    }
}
