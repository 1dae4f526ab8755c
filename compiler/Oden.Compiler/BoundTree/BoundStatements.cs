// Statement nodes. See BoundNode.cs for the tree's invariants.
using System.Collections.Immutable;
using Oden.Compiler.Diagnostics;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.BoundTree;

/// <summary>
/// A block with its own scope (null when it declares nothing). Entering it creates the scope's
/// environment (when captured), puts TDZ bindings in their dead zone, and runs the hoisted function
/// declarations, which the binder has placed first.
/// </summary>
public sealed class BoundBlock : BoundStatement
{
    public BoundBlock(Scope? scope, ImmutableArray<BoundStatement> statements, SourceSpan span) : base(BoundKind.Block, span)
    {
        Scope = scope;
        Statements = statements;
    }

    public Scope? Scope { get; }
    public ImmutableArray<BoundStatement> Statements { get; }

    public BoundBlock Update(ImmutableArray<BoundStatement> statements) => statements == Statements ? this : new BoundBlock(Scope, statements, Span);
}

/// <summary>Statements in sequence, without a scope (lowering's output).</summary>
public sealed class BoundStatementList : BoundStatement
{
    public BoundStatementList(ImmutableArray<BoundStatement> statements, SourceSpan span) : base(BoundKind.StatementList, span) => Statements = statements;

    public ImmutableArray<BoundStatement> Statements { get; }

    public BoundStatementList Update(ImmutableArray<BoundStatement> statements) => statements == Statements ? this : new BoundStatementList(statements, Span);
}

public sealed class BoundExpressionStatement : BoundStatement
{
    public BoundExpressionStatement(BoundExpression expression, SourceSpan span) : base(BoundKind.ExpressionStatement, span) => Expression = expression;

    public BoundExpression Expression { get; }

    public BoundExpressionStatement Update(BoundExpression expression) => expression == Expression ? this : new BoundExpressionStatement(expression, Span);
}

/// <summary>
/// Initializes a let/const binding (ending its TDZ); a null initializer means undefined. `var x = e`
/// binds to an assignment instead, since the var already exists.
/// </summary>
public sealed class BoundVariableDeclaration : BoundStatement
{
    public BoundVariableDeclaration(VariableSymbol symbol, BoundExpression? initializer, SourceSpan span) : base(BoundKind.VariableDeclaration, span)
    {
        Symbol = symbol;
        Initializer = initializer;
    }

    public VariableSymbol Symbol { get; }
    public BoundExpression? Initializer { get; }

    public BoundVariableDeclaration Update(BoundExpression? initializer) =>
        initializer == Initializer ? this : new BoundVariableDeclaration(Symbol, initializer, Span);
}

/// <summary>
/// The hoisted initialization of a function declaration: Symbol = closure. Symbol is null for a
/// classic script's top-level function, which becomes a global object property named Function.Name.
/// </summary>
public sealed class BoundFunctionDeclaration : BoundStatement
{
    public BoundFunctionDeclaration(VariableSymbol? symbol, BoundFunction function, SourceSpan span) : base(BoundKind.FunctionDeclaration, span)
    {
        Symbol = symbol;
        Function = function;
    }

    public VariableSymbol? Symbol { get; }
    public BoundFunction Function { get; }

    public BoundFunctionDeclaration Update(BoundFunction function) => function == Function ? this : new BoundFunctionDeclaration(Symbol, function, Span);
}

public sealed class BoundIf : BoundStatement
{
    public BoundIf(BoundExpression test, BoundStatement then, BoundStatement? @else, SourceSpan span) : base(BoundKind.If, span)
    {
        Test = test;
        Then = then;
        Else = @else;
    }

    public BoundExpression Test { get; }
    public BoundStatement Then { get; }
    public BoundStatement? Else { get; }

    public BoundIf Update(BoundExpression test, BoundStatement then, BoundStatement? @else) =>
        test == Test && then == Then && @else == Else ? this : new BoundIf(test, then, @else, Span);
}

/// <summary>A loop's jump targets: `break` goes to Break, `continue` to Continue.</summary>
public sealed record LoopLabels(LabelSymbol Break, LabelSymbol Continue);

public sealed class BoundWhile : BoundStatement
{
    public BoundWhile(BoundExpression test, BoundStatement body, LoopLabels labels, SourceSpan span) : base(BoundKind.While, span)
    {
        Test = test;
        Body = body;
        Labels = labels;
    }

    public BoundExpression Test { get; }
    public BoundStatement Body { get; }
    public LoopLabels Labels { get; }

    public BoundWhile Update(BoundExpression test, BoundStatement body) => test == Test && body == Body ? this : new BoundWhile(test, body, Labels, Span);
}

public sealed class BoundDoWhile : BoundStatement
{
    public BoundDoWhile(BoundStatement body, BoundExpression test, LoopLabels labels, SourceSpan span) : base(BoundKind.DoWhile, span)
    {
        Body = body;
        Test = test;
        Labels = labels;
    }

    public BoundStatement Body { get; }
    public BoundExpression Test { get; }
    public LoopLabels Labels { get; }

    public BoundDoWhile Update(BoundStatement body, BoundExpression test) => test == Test && body == Body ? this : new BoundDoWhile(body, test, Labels, Span);
}

/// <summary>
/// <c>for (init; test; update) body</c>. Scope holds the head's let/const bindings; when they are
/// captured, each iteration gets a copy (CreatePerIterationEnvironment).
/// </summary>
public sealed class BoundFor : BoundStatement
{
    public BoundFor(Scope? scope, BoundStatement? initializer, BoundExpression? test, BoundExpression? update, BoundStatement body, LoopLabels labels, SourceSpan span)
        : base(BoundKind.For, span)
    {
        Scope = scope;
        Initializer = initializer;
        Test = test;
        Increment = update;
        Body = body;
        Labels = labels;
    }

    public Scope? Scope { get; }
    public BoundStatement? Initializer { get; }
    public BoundExpression? Test { get; }
    public BoundExpression? Increment { get; }
    public BoundStatement Body { get; }
    public LoopLabels Labels { get; }

    public BoundFor Update(BoundStatement? initializer, BoundExpression? test, BoundExpression? update, BoundStatement body) =>
        initializer == Initializer && test == Test && update == Increment && body == Body
            ? this
            : new BoundFor(Scope, initializer, test, update, body, Labels, Span);
}

/// <summary>
/// for-in and for-of. Each iteration assigns the next key/value to Target (a Variable of
/// IterationScope for let/const, fresh per iteration; a var Variable; a Member/Index/Global), then
/// runs Body. Expression is evaluated once, in TdzScope (the loop's let/const names in their TDZ),
/// when the loop declares let/const.
/// </summary>
public abstract class BoundForEach : BoundStatement
{
    protected BoundForEach(BoundKind kind, Scope? tdzScope, Scope? iterationScope, BoundExpression target, BoundExpression expression, BoundStatement body, LoopLabels labels, SourceSpan span)
        : base(kind, span)
    {
        TdzScope = tdzScope;
        IterationScope = iterationScope;
        Target = target;
        Expression = expression;
        Body = body;
        Labels = labels;
    }

    public Scope? TdzScope { get; }
    public Scope? IterationScope { get; }
    public BoundExpression Target { get; }
    public BoundExpression Expression { get; }
    public BoundStatement Body { get; }
    public LoopLabels Labels { get; }
}

public sealed class BoundForIn : BoundForEach
{
    public BoundForIn(Scope? tdzScope, Scope? iterationScope, BoundExpression target, BoundExpression expression, BoundStatement body, LoopLabels labels, SourceSpan span)
        : base(BoundKind.ForIn, tdzScope, iterationScope, target, expression, body, labels, span) { }

    public BoundForIn Update(BoundExpression target, BoundExpression expression, BoundStatement body) =>
        target == Target && expression == Expression && body == Body ? this : new BoundForIn(TdzScope, IterationScope, target, expression, body, Labels, Span);
}

public sealed class BoundForOf : BoundForEach
{
    public BoundForOf(Scope? tdzScope, Scope? iterationScope, BoundExpression target, BoundExpression expression, BoundStatement body, LoopLabels labels, SourceSpan span)
        : base(BoundKind.ForOf, tdzScope, iterationScope, target, expression, body, labels, span) { }

    /// <summary><c>for await (… of …)</c>: async iteration (lowered by LocalRewriter_ForAwait).</summary>
    public bool IsAwait { get; init; }

    public BoundForOf Update(BoundExpression target, BoundExpression expression, BoundStatement body) =>
        target == Target && expression == Expression && body == Body ? this : new BoundForOf(TdzScope, IterationScope, target, expression, body, Labels, Span) { IsAwait = IsAwait };
}

/// <summary><c>label: body</c> for a body that is not a loop; `break label` goes to BreakLabel (after the body).</summary>
public sealed class BoundLabeled : BoundStatement
{
    public BoundLabeled(LabelSymbol breakLabel, BoundStatement body, SourceSpan span) : base(BoundKind.Labeled, span)
    {
        BreakLabel = breakLabel;
        Body = body;
    }

    public LabelSymbol BreakLabel { get; }
    public BoundStatement Body { get; }

    public BoundLabeled Update(BoundStatement body) => body == Body ? this : new BoundLabeled(BreakLabel, body, Span);
}

public sealed class BoundSwitchCase
{
    public BoundSwitchCase(BoundExpression? test, ImmutableArray<BoundStatement> statements, SourceSpan span)
    {
        Test = test;
        Statements = statements;
        Span = span;
    }

    /// <summary>Null for <c>default:</c>.</summary>
    public BoundExpression? Test { get; }
    public ImmutableArray<BoundStatement> Statements { get; }
    public SourceSpan Span { get; }

    public BoundSwitchCase Update(BoundExpression? test, ImmutableArray<BoundStatement> statements) =>
        test == Test && statements == Statements ? this : new BoundSwitchCase(test, statements, Span);
}

/// <summary>
/// <c>switch</c>: cases compare with ===, in order, default last. The clauses' shared scope, when
/// they declare anything, is a BoundBlock around the switch.
/// </summary>
public sealed class BoundSwitch : BoundStatement
{
    public BoundSwitch(BoundExpression expression, ImmutableArray<BoundSwitchCase> cases, LabelSymbol breakLabel, SourceSpan span)
        : base(BoundKind.Switch, span)
    {
        Expression = expression;
        Cases = cases;
        BreakLabel = breakLabel;
    }

    public BoundExpression Expression { get; }
    public ImmutableArray<BoundSwitchCase> Cases { get; }
    public LabelSymbol BreakLabel { get; }

    public BoundSwitch Update(BoundExpression expression, ImmutableArray<BoundSwitchCase> cases) =>
        expression == Expression && cases == Cases ? this : new BoundSwitch(expression, cases, BreakLabel, Span);
}

public sealed class BoundReturn : BoundStatement
{
    public BoundReturn(BoundExpression? expression, SourceSpan span) : base(BoundKind.Return, span) => Expression = expression;

    public BoundExpression? Expression { get; }

    public BoundReturn Update(BoundExpression? expression) => expression == Expression ? this : new BoundReturn(expression, Span);
}

public sealed class BoundThrow : BoundStatement
{
    public BoundThrow(BoundExpression expression, SourceSpan span) : base(BoundKind.Throw, span) => Expression = expression;

    public BoundExpression Expression { get; }

    public BoundThrow Update(BoundExpression expression) => expression == Expression ? this : new BoundThrow(expression, Span);
}

/// <summary>
/// <c>catch (param) body</c>. Catches JavaScript exceptions only (JsException), never the host's
/// interrupt. Parameter (JS) receives the thrown value; ExceptionLocal (lowering) the exception object.
/// </summary>
public sealed class BoundCatchClause
{
    public BoundCatchClause(Scope? scope, VariableSymbol? parameter, VariableSymbol? exceptionLocal, BoundBlock body)
    {
        Scope = scope;
        Parameter = parameter;
        ExceptionLocal = exceptionLocal;
        Body = body;
    }

    public Scope? Scope { get; }
    public VariableSymbol? Parameter { get; }
    public VariableSymbol? ExceptionLocal { get; }
    public BoundBlock Body { get; }

    public BoundCatchClause Update(BoundBlock body) => body == Body ? this : new BoundCatchClause(Scope, Parameter, ExceptionLocal, body);
}

public sealed class BoundTry : BoundStatement
{
    public BoundTry(BoundBlock tryBlock, BoundCatchClause? catchClause, BoundBlock? finallyBlock, SourceSpan span) : base(BoundKind.Try, span)
    {
        TryBlock = tryBlock;
        CatchClause = catchClause;
        FinallyBlock = finallyBlock;
    }

    public BoundBlock TryBlock { get; }
    public BoundCatchClause? CatchClause { get; }
    public BoundBlock? FinallyBlock { get; }

    public BoundTry Update(BoundBlock tryBlock, BoundCatchClause? catchClause, BoundBlock? finallyBlock) =>
        tryBlock == TryBlock && catchClause == CatchClause && finallyBlock == FinallyBlock ? this : new BoundTry(tryBlock, catchClause, finallyBlock, Span);
}

public sealed class BoundEmpty : BoundStatement
{
    public BoundEmpty(SourceSpan span) : base(BoundKind.Empty, span) { }
}

public sealed class BoundDebugger : BoundStatement
{
    public BoundDebugger(SourceSpan span) : base(BoundKind.Debugger, span) { }
}

/// <summary>A jump target.</summary>
public sealed class BoundLabelStatement : BoundStatement
{
    public BoundLabelStatement(LabelSymbol label, SourceSpan span) : base(BoundKind.Label, span) => Label = label;

    public LabelSymbol Label { get; }
}

/// <summary>An unconditional jump: break/continue from the binder, and lowering's control flow.</summary>
public sealed class BoundGoto : BoundStatement
{
    public BoundGoto(LabelSymbol label, SourceSpan span) : base(BoundKind.Goto, span) => Label = label;

    public LabelSymbol Label { get; }
}

/// <summary>Jump to Label when ToBoolean(Condition) equals JumpIfTrue.</summary>
public sealed class BoundConditionalGoto : BoundStatement
{
    public BoundConditionalGoto(BoundExpression condition, bool jumpIfTrue, LabelSymbol label, SourceSpan span) : base(BoundKind.ConditionalGoto, span)
    {
        Condition = condition;
        JumpIfTrue = jumpIfTrue;
        Label = label;
    }

    public BoundExpression Condition { get; }
    public bool JumpIfTrue { get; }
    public LabelSymbol Label { get; }

    public BoundConditionalGoto Update(BoundExpression condition) => condition == Condition ? this : new BoundConditionalGoto(condition, JumpIfTrue, Label, Span);
}

/// <summary>Jump to Targets[selector] when the Int32 Selector is in range; fall through otherwise (IL switch).</summary>
public sealed class BoundIntSwitch : BoundStatement
{
    public BoundIntSwitch(BoundExpression selector, ImmutableArray<LabelSymbol> targets, SourceSpan span) : base(BoundKind.IntSwitch, span)
    {
        Selector = selector;
        Targets = targets;
    }

    public BoundExpression Selector { get; }
    public ImmutableArray<LabelSymbol> Targets { get; }

    public BoundIntSwitch Update(BoundExpression selector) => selector == Selector ? this : new BoundIntSwitch(selector, Targets, Span);
}

/// <summary>A loop back-edge: spend interrupt budget; the host may stop the script here.</summary>
public sealed class BoundInterruptCheck : BoundStatement
{
    public BoundInterruptCheck(SourceSpan span) : base(BoundKind.InterruptCheck, span) { }
}

/// <summary>
/// https://tc39.es/ecma262/#sec-createperiterationenvironment: when Scope has an environment, replace
/// it with a copy, so closures of the finished iteration keep their own bindings.
/// </summary>
public sealed class BoundCreatePerIterationEnvironment : BoundStatement
{
    public BoundCreatePerIterationEnvironment(Scope scope, SourceSpan span) : base(BoundKind.CreatePerIterationEnvironment, span) => Scope = scope;

    public Scope Scope { get; }
}

/// <summary>Rethrow the exception being handled (only inside a catch clause).</summary>
public sealed class BoundRethrow : BoundStatement
{
    public BoundRethrow(SourceSpan span) : base(BoundKind.Rethrow, span) { }
}
