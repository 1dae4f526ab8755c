// Statements. Blocks, loop heads, switch bodies and catch clauses open scopes; hoisted function
// declarations of a block are bound first and placed at the start of the block. Loops and labels
// get LabelSymbols here, and break/continue become gotos to them.
using System.Collections.Immutable;
using Acornima.Ast;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;
using FunctionKind = Oden.Compiler.Symbols.FunctionKind;

namespace Oden.Compiler.Binding;

internal sealed partial class Binder
{
    private ImmutableArray<BoundStatement> BindStatementList(IEnumerable<Statement> statements, bool isFunctionTopLevel)
    {
        var builder = ImmutableArray.CreateBuilder<BoundStatement>();
        foreach (var statement in statements)
        {
            var bound = BindStatement(statement, isFunctionTopLevel);
            if (bound is not null) builder.Add(bound);
        }
        return builder.ToImmutable();
    }

    /// <summary>Binds a statement; null for a statement that binding hoisted away (a top-level function).</summary>
    private BoundStatement? BindStatement(Statement statement, bool isFunctionTopLevel = false)
    {
        // Array patterns nested in this statement's expressions close their iterators from a try
        // around the statement (Binder_Patterns.cs: CloseOpenIterators).
        var savedOpenIterators = _openIterators;
        _openIterators = null;
        try
        {
            return CloseOpenIterators(BindStatementCore(statement, isFunctionTopLevel));
        }
        finally
        {
            _openIterators = savedOpenIterators;
        }
    }

    private BoundStatement? BindStatementCore(Statement statement, bool isFunctionTopLevel)
    {
        NestingTooDeepException.EnsureStack(Span(statement));
        switch (statement)
        {
            case Directive:
                return null; // "use strict" and friends: Acornima has applied them
            case ExpressionStatement s when IsDestructuringStatement(s.Expression) is { } destructuring:
                // `[a, b] = xs;`: as a statement the pattern can close its iterator in a try (see Binder_Patterns).
                BindDestructuringAssignment(destructuring, isStatement: true, out var destructuringStatement);
                return destructuringStatement!;
            case ExpressionStatement s:
                return new BoundExpressionStatement(BindExpression(s.Expression), Span(s));
            case VariableDeclaration s:
                return BindVariableDeclaration(s);
            case FunctionDeclaration s:
                return isFunctionTopLevel ? null : BindBlockFunctionStatement(s);
            case ClassDeclaration s:
                return BindClassDeclaration(s);
            case BlockStatement s:
                return BindBlock(s);
            case EmptyStatement s:
                return new BoundEmpty(Span(s));
            case DebuggerStatement s:
                return new BoundDebugger(Span(s));
            case IfStatement s:
                return new BoundIf(BindExpression(s.Test), BindSubstatement(s.Consequent), s.Alternate is null ? null : BindSubstatement(s.Alternate), Span(s));
            case ReturnStatement s:
                return new BoundReturn(s.Argument is null ? null : BindExpression(s.Argument), Span(s));
            case ThrowStatement s:
                return new BoundThrow(BindExpression(s.Argument), Span(s));
            case TryStatement s:
                return BindTry(s);
            case SwitchStatement s:
                return BindSwitch(s);
            case LabeledStatement s:
                return BindLabeled(s, isFunctionTopLevel);
            case BreakStatement s:
                return BindJump(s, s.Label, isContinue: false);
            case ContinueStatement s:
                return BindJump(s, s.Label, isContinue: true);
            case ForStatement or ForInStatement or ForOfStatement or WhileStatement or DoWhileStatement:
                return BindLoop(statement, new LoopLabels(new LabelSymbol("break"), new LabelSymbol("continue")));
            default:
                // The feature gate refuses everything else (with, class, import/export).
                _diagnostics.Error(Diagnostics.ErrorCode.InternalError, Span(statement), $"internal error: unexpected statement '{statement.Type}'");
                return new BoundEmpty(Span(statement));
        }
    }

    /// <summary>The body of an if/loop/label: a sloppy function declaration there acts as if in its own block.</summary>
    private BoundStatement BindSubstatement(Statement statement)
    {
        var inner = statement;
        while (inner is LabeledStatement labeled) inner = labeled.Body;
        if (inner is FunctionDeclaration)
            return BindBlockStatements([statement], Span(statement));
        return BindStatement(statement) ?? new BoundEmpty(Span(statement));
    }

    private BoundBlock BindBlock(BlockStatement block) => BindBlockStatements(block.Body, Span(block));

    private BoundBlock BindBlockStatements(IReadOnlyList<Statement> statements, Diagnostics.SourceSpan span)
    {
        if (!statements.Any(DeclaresLexically))
            return new BoundBlock(null, BindStatementList(statements, isFunctionTopLevel: false), span);

        var scope = PushScope(ScopeKind.Block);
        try
        {
            var prologue = BindBlockFunctions(scope, statements);
            var body = BindStatementList(statements, isFunctionTopLevel: false);
            return new BoundBlock(scope, prologue.AddRange(body), span);
        }
        finally
        {
            PopScope(scope);
        }
    }

    private static bool DeclaresLexically(Statement statement)
    {
        while (statement is LabeledStatement labeled) statement = labeled.Body;
        return statement is FunctionDeclaration or ClassDeclaration or VariableDeclaration { Kind: not VariableDeclarationKind.Var };
    }

    /// <summary>Declares a block's lexical bindings and binds its hoisted function declarations.</summary>
    private ImmutableArray<BoundStatement> BindBlockFunctions(Scope scope, IEnumerable<Statement> statements)
    {
        var functions = DeclareLexical(scope, statements, isFunctionTopLevel: false);
        var prologue = ImmutableArray.CreateBuilder<BoundStatement>(functions.Count);
        foreach (var function in functions)
        {
            var symbol = scope.Lookup(function.Id!.Name)!;
            prologue.Add(new BoundFunctionDeclaration(symbol, BindFunctionDeclaration(function), Span(function)));
        }
        return prologue.MoveToImmutable();
    }

    /// <summary>
    /// A function declaration in a block, where it stands: nothing (it was initialized at block entry),
    /// unless Annex B.3.3 hoists it, in which case the function-scoped var takes the block's value.
    /// </summary>
    private BoundStatement? BindBlockFunctionStatement(FunctionDeclaration node)
    {
        if (!_annexB.Contains(node)) return null;
        var name = node.Id!.Name;
        var blockBinding = Reference(_scope.Lookup(name)!, node.Id);
        BoundExpression varBinding = _function.Kind == FunctionKind.Script && _function.VarScope.Lookup(name) is null
            ? new BoundGlobal(name, Span(node.Id))
            : Reference(_function.VarScope.Lookup(name)!, node.Id, isWrite: true);
        return new BoundExpressionStatement(new BoundAssignment(varBinding, blockBinding, Span(node)), Span(node));
    }

    private BoundStatement BindVariableDeclaration(VariableDeclaration declaration)
    {
        var statements = ImmutableArray.CreateBuilder<BoundStatement>(declaration.Declarations.Count);
        foreach (var declarator in declaration.Declarations)
        {
            if (IsPattern(declarator.Id))
            {
                // A pattern always has an initializer here (for-in/of heads are bound by BindForEach).
                var mode = declaration.Kind == VariableDeclarationKind.Var ? PatternMode.DeclareVar : PatternMode.DeclareLexical;
                statements.Add(BindPatternStatements(declarator.Id, BindExpression(declarator.Init!), mode, Span(declarator)));
                continue;
            }
            var id = (Identifier)declarator.Id;
            if (declaration.Kind == VariableDeclarationKind.Var)
            {
                // `var x = e` assigns the hoisted binding, resolved from here (inside a catch block
                // with a parameter x, that is the parameter: Annex B.3.5).
                if (declarator.Init is null) continue;
                var target = BindIdentifierReference(id.Name, id, isWrite: true);
                var value = BindNamedExpression(declarator.Init, id.Name);
                statements.Add(new BoundExpressionStatement(new BoundAssignment(target, value, Span(declarator)), Span(declarator)));
            }
            else
            {
                var symbol = _scope.Lookup(id.Name)!;
                var value = declarator.Init is null ? null : BindNamedExpression(declarator.Init, id.Name);
                statements.Add(new BoundVariableDeclaration(symbol, value, Span(declarator)));
            }
        }
        return statements.Count switch
        {
            0 => new BoundEmpty(Span(declaration)),
            1 => statements[0],
            _ => new BoundStatementList(statements.ToImmutable(), Span(declaration)),
        };
    }

    // ---- loops and labels ----------------------------------------------------------------------

    private BoundStatement BindLoop(Statement loop, LoopLabels labels)
    {
        var savedLabels = _labels;
        try
        {
            switch (loop)
            {
                case WhileStatement s:
                {
                    var test = BindExpression(s.Test);
                    _labels = _labels.WithBreakable(labels.Break, labels.Continue);
                    return new BoundWhile(test, BindSubstatement(s.Body), labels, Span(s));
                }
                case DoWhileStatement s:
                {
                    _labels = _labels.WithBreakable(labels.Break, labels.Continue);
                    var body = BindSubstatement(s.Body);
                    _labels = savedLabels;
                    return new BoundDoWhile(body, BindExpression(s.Test), labels, Span(s));
                }
                case ForStatement s:
                    return BindFor(s, labels);
                case ForInStatement s:
                    return BindForEach(s, s.Left, s.Right, s.Body, isOf: false, labels);
                case ForOfStatement s:
                    return BindForEach(s, s.Left, s.Right, s.Body, isOf: true, labels);
                default:
                    throw new InvalidOperationException("not a loop: " + loop.Type);
            }
        }
        finally
        {
            _labels = savedLabels;
        }
    }

    private BoundStatement BindFor(ForStatement s, LoopLabels labels)
    {
        Scope? scope = null;
        if (s.Init is VariableDeclaration { Kind: not VariableDeclarationKind.Var } lexical)
        {
            scope = PushScope(ScopeKind.ForHead);
            DeclareLexical(scope, [lexical], isFunctionTopLevel: false);
        }
        try
        {
            BoundStatement? initializer = s.Init switch
            {
                null => null,
                VariableDeclaration declaration => BindVariableDeclaration(declaration),
                Expression expression => new BoundExpressionStatement(BindExpression(expression), Span(expression)),
                _ => throw new InvalidOperationException("unexpected for initializer: " + s.Init.Type),
            };
            var test = s.Test is null ? null : BindExpression(s.Test);
            var update = s.Update is null ? null : BindExpression(s.Update);
            _labels = _labels.WithBreakable(labels.Break, labels.Continue);
            var body = BindSubstatement(s.Body);
            return new BoundFor(scope, initializer, test, update, body, labels, Span(s));
        }
        finally
        {
            if (scope is not null) PopScope(scope);
        }
    }

    private BoundStatement BindForEach(Statement node, Node left, Expression right, Statement body, bool isOf, LoopLabels labels)
    {
        Scope? tdzScope = null;
        Scope? iterationScope = null;
        BoundExpression expression;
        BoundExpression target;
        BoundStatement? prefix = null;

        // A pattern in the head: each iteration assigns the value to a temporary, and the body starts
        // by destructuring it (in the iteration scope, so per-iteration bindings stay fresh).
        Node? headPattern = left is VariableDeclaration { Declarations: [{ Id: var declared }] } && IsPattern(declared) ? declared
            : IsPattern(left) ? left : null;
        PatternMode headMode = left is VariableDeclaration { Kind: VariableDeclarationKind.Var } ? PatternMode.DeclareVar
            : left is VariableDeclaration ? PatternMode.DeclareLexical : PatternMode.Assign;
        VariableSymbol? headTemp = headPattern is null ? null : _function.Scope.DeclareTemp("each");

        if (left is VariableDeclaration { Kind: not VariableDeclarationKind.Var } lexical)
        {
            // The right-hand side sees the loop's names in their TDZ: `for (let x of x)` throws.
            var ids = BoundIdentifiers(lexical.Declarations[0].Id).ToList();
            var kind = lexical.Kind == VariableDeclarationKind.Const ? VariableKind.Const : VariableKind.Let;
            tdzScope = PushScope(ScopeKind.ForEachTdz);
            foreach (var id in ids) tdzScope.Declare(id.Name, VariableKind.Let);
            expression = BindExpression(right);
            PopScope(tdzScope);

            iterationScope = PushScope(ScopeKind.ForEachBinding);
            VariableSymbol? symbol = null;
            foreach (var id in ids)
            {
                symbol = iterationScope.Declare(id.Name, kind);
                symbol.InitializedAfter = left.End;
            }
            target = headTemp is not null
                ? new BoundVariable(headTemp, needsTdzCheck: false, Span(left))
                : new BoundVariable(symbol!, needsTdzCheck: false, Span(ids[0]));
        }
        else if (headTemp is not null)
        {
            target = new BoundVariable(headTemp, needsTdzCheck: false, Span(left));
            expression = BindExpression(right);
        }
        else
        {
            if (left is VariableDeclaration declaration)
            {
                var declarator = declaration.Declarations[0];
                var id = (Identifier)declarator.Id;
                target = BindIdentifierReference(id.Name, id, isWrite: true);
                if (declarator.Init is not null)
                {
                    // Annex B.3.6: sloppy `for (var x = init in o)` assigns init before the loop.
                    var init = BindNamedExpression(declarator.Init, id.Name);
                    prefix = new BoundExpressionStatement(new BoundAssignment(target, init, Span(declarator)), Span(declarator));
                }
            }
            else if (left is CallExpression call)
            {
                // for (f() in o): each iteration calls f, then throws (see InvalidAssignmentTarget).
                target = InvalidAssignmentTarget(call, left);
            }
            else
            {
                target = BindAssignmentTarget((Expression)left);
            }
            expression = BindExpression(right);
        }

        var savedLabels = _labels;
        BoundStatement? destructure = headPattern is null
            ? null
            : BindPatternStatements(headPattern, new BoundVariable(headTemp!, needsTdzCheck: false, Span(left)), headMode, Span(left));
        _labels = _labels.WithBreakable(labels.Break, labels.Continue);
        var boundBody = BindSubstatement(body);
        if (destructure is not null) boundBody = new BoundBlock(null, [destructure, boundBody], boundBody.Span);
        _labels = savedLabels;
        if (iterationScope is not null) PopScope(iterationScope);

        BoundStatement loop = isOf
            ? new BoundForOf(tdzScope, iterationScope, target, expression, boundBody, labels, Span(node)) { IsAwait = node is ForOfStatement { Await: true } }
            : new BoundForIn(tdzScope, iterationScope, target, expression, boundBody, labels, Span(node));
        return prefix is null ? loop : new BoundStatementList([prefix, loop], Span(node));
    }

    private BoundStatement? BindLabeled(LabeledStatement s, bool isFunctionTopLevel)
    {
        var names = new List<string> { s.Label.Name };
        Statement body = s.Body;
        while (body is LabeledStatement inner)
        {
            names.Add(inner.Label.Name);
            body = inner.Body;
        }

        var savedLabels = _labels;
        try
        {
            if (body is ForStatement or ForInStatement or ForOfStatement or WhileStatement or DoWhileStatement)
            {
                var labels = new LoopLabels(new LabelSymbol("break"), new LabelSymbol("continue"));
                foreach (var name in names) _labels = _labels.WithLabel(name, labels.Break, labels.Continue);
                return BindLoop(body, labels);
            }

            if (body is FunctionDeclaration function)
                return isFunctionTopLevel ? null : BindBlockFunctionStatement(function);

            var breakLabel = new LabelSymbol("break");
            foreach (var name in names) _labels = _labels.WithLabel(name, breakLabel, null);
            return new BoundLabeled(breakLabel, BindStatement(body) ?? new BoundEmpty(Span(body)), Span(s));
        }
        finally
        {
            _labels = savedLabels;
        }
    }

    private BoundStatement BindJump(Statement node, Identifier? label, bool isContinue)
    {
        var target = isContinue ? _labels.FindContinue(label?.Name) : _labels.FindBreak(label?.Name);
        if (target is null)
        {
            // Acornima reports these; this is a safety net, not a code path.
            SyntaxError(node, label is null ? (isContinue ? "Illegal continue statement" : "Illegal break statement") : $"Undefined label '{label.Name}'");
            return new BoundEmpty(Span(node));
        }
        return new BoundGoto(target, Span(node));
    }

    // ---- switch and try ------------------------------------------------------------------------

    private BoundStatement BindSwitch(SwitchStatement s)
    {
        var expression = BindExpression(s.Discriminant);
        var breakLabel = new LabelSymbol("break");
        var allStatements = s.Cases.SelectMany(c => c.Consequent).ToList();
        Scope? scope = allStatements.Any(DeclaresLexically) ? PushScope(ScopeKind.Switch) : null;
        var savedLabels = _labels;
        try
        {
            var prologue = scope is null ? ImmutableArray<BoundStatement>.Empty : BindBlockFunctions(scope, allStatements);
            _labels = _labels.WithBreakable(breakLabel, null);
            var cases = ImmutableArray.CreateBuilder<BoundSwitchCase>(s.Cases.Count);
            foreach (var c in s.Cases)
            {
                var test = c.Test is null ? null : BindExpression(c.Test);
                cases.Add(new BoundSwitchCase(test, BindStatementList(c.Consequent, isFunctionTopLevel: false), Span(c)));
            }
            var bound = new BoundSwitch(expression, cases.MoveToImmutable(), breakLabel, Span(s));
            return scope is null ? bound : new BoundBlock(scope, prologue.Add(bound), Span(s));
        }
        finally
        {
            _labels = savedLabels;
            if (scope is not null) PopScope(scope);
        }
    }

    private BoundStatement BindTry(TryStatement s)
    {
        var tryBlock = BindBlock(s.Block);
        BoundCatchClause? catchClause = null;
        if (s.Handler is { } handler)
        {
            if (handler.Param is { } pattern && IsPattern(pattern))
            {
                // catch ({ message }): the thrown value goes to a hidden parameter, destructured first.
                var scope = PushScope(ScopeKind.Catch);
                foreach (var name in BoundIdentifiers(pattern)) scope.Declare(name.Name, VariableKind.CatchParameter);
                var parameter = scope.DeclareTemp("thrown");
                var destructure = BindPatternStatements(pattern, new BoundVariable(parameter, needsTdzCheck: false, Span(pattern)), PatternMode.DeclareLexical, Span(pattern));
                var body = BindBlock(handler.Body);
                PopScope(scope);
                catchClause = new BoundCatchClause(scope, parameter, null, new BoundBlock(null, [destructure, body], body.Span));
            }
            else if (handler.Param is Identifier id)
            {
                var scope = PushScope(ScopeKind.Catch);
                var parameter = scope.Declare(id.Name, VariableKind.CatchParameter);
                var body = BindBlock(handler.Body);
                PopScope(scope);
                catchClause = new BoundCatchClause(scope, parameter, null, body);
            }
            else
            {
                catchClause = new BoundCatchClause(null, null, null, BindBlock(handler.Body));
            }
        }
        var finallyBlock = s.Finalizer is null ? null : BindBlock(s.Finalizer);
        return new BoundTry(tryBlock, catchClause, finallyBlock, Span(s));
    }
}
