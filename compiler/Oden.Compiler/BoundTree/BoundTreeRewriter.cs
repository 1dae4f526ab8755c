// The base of every pass that transforms the bound tree: each Visit* rebuilds its node from the
// visited children through Update, so an unchanged subtree is shared, not copied. Nested functions
// are visited too (VisitFunction), so a pass sees the whole script. Every visit checks the stack
// (NestingTooDeepException → ODN1004 at the phase boundary).
using System.Collections.Immutable;

namespace Oden.Compiler.BoundTree;

public abstract partial class BoundTreeRewriter
{
    public virtual BoundFunction VisitFunction(BoundFunction function) => function.Update(VisitBlock(function.Body));

    public BoundExpression Visit(BoundExpression expression)
    {
        NestingTooDeepException.EnsureStack(expression.Span);
        return expression.Kind switch
        {
            BoundKind.Literal => VisitLiteral((BoundLiteral)expression),
            BoundKind.RegExpLiteral => VisitRegExpLiteral((BoundRegExpLiteral)expression),
            BoundKind.TemplateLiteral => VisitTemplateLiteral((BoundTemplateLiteral)expression),
            BoundKind.Variable => VisitVariable((BoundVariable)expression),
            BoundKind.Global => VisitGlobal((BoundGlobal)expression),
            BoundKind.Member => VisitMember((BoundMember)expression),
            BoundKind.Index => VisitIndex((BoundIndex)expression),
            BoundKind.Assignment => VisitAssignment((BoundAssignment)expression),
            BoundKind.CompoundAssignment => VisitCompoundAssignment((BoundCompoundAssignment)expression),
            BoundKind.Update => VisitUpdate((BoundUpdate)expression),
            BoundKind.Unary => VisitUnary((BoundUnary)expression),
            BoundKind.Delete => VisitDelete((BoundDelete)expression),
            BoundKind.Binary => VisitBinary((BoundBinary)expression),
            BoundKind.Logical => VisitLogical((BoundLogical)expression),
            BoundKind.Conditional => VisitConditional((BoundConditional)expression),
            BoundKind.Sequence => VisitSequence((BoundSequence)expression),
            BoundKind.Call => VisitCall((BoundCall)expression),
            BoundKind.New => VisitNew((BoundNew)expression),
            BoundKind.FunctionExpression => VisitFunctionExpression((BoundFunctionExpression)expression),
            BoundKind.ArrayLiteral => VisitArrayLiteral((BoundArrayLiteral)expression),
            BoundKind.ObjectLiteral => VisitObjectLiteral((BoundObjectLiteral)expression),
            BoundKind.ToStringConversion => VisitToStringConversion((BoundToStringConversion)expression),
            BoundKind.ToNumericConversion => VisitToNumericConversion((BoundToNumericConversion)expression),
            BoundKind.ToPropertyKeyConversion => VisitToPropertyKeyConversion((BoundToPropertyKeyConversion)expression),
            BoundKind.StringConcat => VisitStringConcat((BoundStringConcat)expression),
            BoundKind.Intrinsic => VisitIntrinsic((BoundIntrinsic)expression),
            BoundKind.DynamicName => VisitDynamicName((BoundDynamicName)expression),
            BoundKind.DirectEval => VisitDirectEval((BoundDirectEval)expression),
            BoundKind.Class => VisitClass((BoundClass)expression),
            BoundKind.SuperMember => VisitSuperMember((BoundSuperMember)expression),
            BoundKind.SuperCall => VisitSuperCall((BoundSuperCall)expression),
            _ => throw new InvalidOperationException("not an expression: " + expression.Kind),
        };
    }

    public BoundStatement Visit(BoundStatement statement)
    {
        NestingTooDeepException.EnsureStack(statement.Span);
        return statement.Kind switch
        {
            BoundKind.Block => VisitBlock((BoundBlock)statement),
            BoundKind.StatementList => VisitStatementList((BoundStatementList)statement),
            BoundKind.ExpressionStatement => VisitExpressionStatement((BoundExpressionStatement)statement),
            BoundKind.VariableDeclaration => VisitVariableDeclaration((BoundVariableDeclaration)statement),
            BoundKind.FunctionDeclaration => VisitFunctionDeclaration((BoundFunctionDeclaration)statement),
            BoundKind.If => VisitIf((BoundIf)statement),
            BoundKind.While => VisitWhile((BoundWhile)statement),
            BoundKind.DoWhile => VisitDoWhile((BoundDoWhile)statement),
            BoundKind.For => VisitFor((BoundFor)statement),
            BoundKind.ForIn => VisitForIn((BoundForIn)statement),
            BoundKind.ForOf => VisitForOf((BoundForOf)statement),
            BoundKind.Labeled => VisitLabeled((BoundLabeled)statement),
            BoundKind.Switch => VisitSwitch((BoundSwitch)statement),
            BoundKind.Return => VisitReturn((BoundReturn)statement),
            BoundKind.Throw => VisitThrow((BoundThrow)statement),
            BoundKind.Try => VisitTry((BoundTry)statement),
            BoundKind.Empty => statement,
            BoundKind.Debugger => statement,
            BoundKind.Label => VisitLabelStatement((BoundLabelStatement)statement),
            BoundKind.Goto => VisitGoto((BoundGoto)statement),
            BoundKind.ConditionalGoto => VisitConditionalGoto((BoundConditionalGoto)statement),
            BoundKind.IntSwitch => VisitIntSwitch((BoundIntSwitch)statement),
            BoundKind.InterruptCheck => statement,
            BoundKind.CreatePerIterationEnvironment => statement,
            BoundKind.Rethrow => statement,
            _ => throw new InvalidOperationException("not a statement: " + statement.Kind),
        };
    }

    protected BoundExpression? VisitOptional(BoundExpression? expression) => expression is null ? null : Visit(expression);

    protected BoundStatement? VisitOptional(BoundStatement? statement) => statement is null ? null : Visit(statement);

    protected ImmutableArray<BoundExpression> VisitList(ImmutableArray<BoundExpression> list)
    {
        ImmutableArray<BoundExpression>.Builder? builder = null;
        for (int i = 0; i < list.Length; i++)
        {
            var item = Visit(list[i]);
            if (builder is null && item != list[i])
            {
                builder = ImmutableArray.CreateBuilder<BoundExpression>(list.Length);
                for (int j = 0; j < i; j++) builder.Add(list[j]);
            }
            builder?.Add(item);
        }
        return builder is null ? list : builder.MoveToImmutable();
    }

    protected virtual ImmutableArray<BoundStatement> VisitList(ImmutableArray<BoundStatement> list)
    {
        ImmutableArray<BoundStatement>.Builder? builder = null;
        for (int i = 0; i < list.Length; i++)
        {
            var item = Visit(list[i]);
            if (builder is null && item != list[i])
            {
                builder = ImmutableArray.CreateBuilder<BoundStatement>(list.Length);
                for (int j = 0; j < i; j++) builder.Add(list[j]);
            }
            builder?.Add(item);
        }
        return builder is null ? list : builder.MoveToImmutable();
    }

    // ---- expressions ----

    public virtual BoundExpression VisitLiteral(BoundLiteral node) => node;
    public virtual BoundExpression VisitRegExpLiteral(BoundRegExpLiteral node) => node;
    public virtual BoundExpression VisitTemplateLiteral(BoundTemplateLiteral node) => node.Update(VisitList(node.Expressions));
    public virtual BoundExpression VisitVariable(BoundVariable node) => node;
    public virtual BoundExpression VisitGlobal(BoundGlobal node) => node;
    public virtual BoundExpression VisitMember(BoundMember node) => node.Update(Visit(node.Receiver));
    public virtual BoundExpression VisitIndex(BoundIndex node) => node.Update(Visit(node.Receiver), Visit(node.Key));
    public virtual BoundExpression VisitAssignment(BoundAssignment node) => node.Update(Visit(node.Target), Visit(node.Value));
    public virtual BoundExpression VisitCompoundAssignment(BoundCompoundAssignment node) => node.Update(Visit(node.Target), Visit(node.Value));
    public virtual BoundExpression VisitUpdate(BoundUpdate node) => node.Update(Visit(node.Target));
    public virtual BoundExpression VisitUnary(BoundUnary node) => node.Update(Visit(node.Operand));
    public virtual BoundExpression VisitDelete(BoundDelete node) => node.Update(Visit(node.Operand));

    public virtual BoundExpression VisitBinary(BoundBinary node) => node.Update(Visit(node.Left), Visit(node.Right));
    public virtual BoundExpression VisitLogical(BoundLogical node) => node.Update(Visit(node.Left), Visit(node.Right));
    public virtual BoundExpression VisitConditional(BoundConditional node) => node.Update(Visit(node.Test), Visit(node.WhenTrue), Visit(node.WhenFalse));
    public virtual BoundExpression VisitSequence(BoundSequence node) => node.Update(VisitList(node.SideEffects), Visit(node.Value));
    public virtual BoundExpression VisitCall(BoundCall node) => node.Update(Visit(node.Callee), VisitList(node.Arguments));
    public virtual BoundExpression VisitNew(BoundNew node) => node.Update(Visit(node.Callee), VisitList(node.Arguments));
    public virtual BoundExpression VisitFunctionExpression(BoundFunctionExpression node) => node.Update(VisitFunction(node.Function));

    public virtual BoundExpression VisitArrayLiteral(BoundArrayLiteral node)
    {
        ImmutableArray<BoundExpression?>.Builder? builder = null;
        for (int i = 0; i < node.Elements.Length; i++)
        {
            var element = node.Elements[i];
            var item = element is null ? null : Visit(element);
            if (builder is null && item != element)
            {
                builder = ImmutableArray.CreateBuilder<BoundExpression?>(node.Elements.Length);
                for (int j = 0; j < i; j++) builder.Add(node.Elements[j]);
            }
            builder?.Add(item);
        }
        return builder is null ? node : node.Update(builder.MoveToImmutable());
    }

    public virtual BoundExpression VisitObjectLiteral(BoundObjectLiteral node)
    {
        ImmutableArray<BoundObjectProperty>.Builder? builder = null;
        for (int i = 0; i < node.Properties.Length; i++)
        {
            var p = node.Properties[i];
            var item = p.Update(VisitOptional(p.ComputedKey), Visit(p.Value));
            if (builder is null && item != p)
            {
                builder = ImmutableArray.CreateBuilder<BoundObjectProperty>(node.Properties.Length);
                for (int j = 0; j < i; j++) builder.Add(node.Properties[j]);
            }
            builder?.Add(item);
        }
        return builder is null ? node : node.Update(builder.MoveToImmutable());
    }

    public virtual BoundExpression VisitToStringConversion(BoundToStringConversion node) => node.Update(Visit(node.Operand));
    public virtual BoundExpression VisitToNumericConversion(BoundToNumericConversion node) => node.Update(Visit(node.Operand));
    public virtual BoundExpression VisitToPropertyKeyConversion(BoundToPropertyKeyConversion node) => node.Update(Visit(node.Operand));
    public virtual BoundExpression VisitStringConcat(BoundStringConcat node) => node.Update(VisitList(node.Parts));
    public virtual BoundExpression VisitIntrinsic(BoundIntrinsic node) => node.Update(VisitList(node.Arguments));

    // ---- statements ----

    public virtual BoundBlock VisitBlock(BoundBlock node) => node.Update(VisitList(node.Statements));
    public virtual BoundStatement VisitStatementList(BoundStatementList node) => node.Update(VisitList(node.Statements));
    public virtual BoundStatement VisitExpressionStatement(BoundExpressionStatement node) => node.Update(Visit(node.Expression));
    public virtual BoundStatement VisitVariableDeclaration(BoundVariableDeclaration node) => node.Update(VisitOptional(node.Initializer));
    public virtual BoundStatement VisitFunctionDeclaration(BoundFunctionDeclaration node) => node.Update(VisitFunction(node.Function));
    public virtual BoundStatement VisitIf(BoundIf node) => node.Update(Visit(node.Test), Visit(node.Then), VisitOptional(node.Else));
    public virtual BoundStatement VisitWhile(BoundWhile node) => node.Update(Visit(node.Test), Visit(node.Body));
    public virtual BoundStatement VisitDoWhile(BoundDoWhile node) => node.Update(Visit(node.Body), Visit(node.Test));

    public virtual BoundStatement VisitFor(BoundFor node) =>
        node.Update(VisitOptional(node.Initializer), VisitOptional(node.Test), VisitOptional(node.Increment), Visit(node.Body));

    public virtual BoundStatement VisitForIn(BoundForIn node) => node.Update(Visit(node.Target), Visit(node.Expression), Visit(node.Body));
    public virtual BoundStatement VisitForOf(BoundForOf node) => node.Update(Visit(node.Target), Visit(node.Expression), Visit(node.Body));
    public virtual BoundStatement VisitLabeled(BoundLabeled node) => node.Update(Visit(node.Body));

    public virtual BoundStatement VisitSwitch(BoundSwitch node)
    {
        var expression = Visit(node.Expression);
        ImmutableArray<BoundSwitchCase>.Builder? builder = null;
        for (int i = 0; i < node.Cases.Length; i++)
        {
            var c = node.Cases[i];
            var item = c.Update(VisitOptional(c.Test), VisitList(c.Statements));
            if (builder is null && item != c)
            {
                builder = ImmutableArray.CreateBuilder<BoundSwitchCase>(node.Cases.Length);
                for (int j = 0; j < i; j++) builder.Add(node.Cases[j]);
            }
            builder?.Add(item);
        }
        return node.Update(expression, builder is null ? node.Cases : builder.MoveToImmutable());
    }

    public virtual BoundStatement VisitReturn(BoundReturn node) => node.Update(VisitOptional(node.Expression));
    public virtual BoundStatement VisitThrow(BoundThrow node) => node.Update(Visit(node.Expression));

    public virtual BoundStatement VisitTry(BoundTry node) =>
        node.Update(VisitBlock(node.TryBlock), node.CatchClause?.Update(VisitBlock(node.CatchClause.Body)), node.FinallyBlock is null ? null : VisitBlock(node.FinallyBlock));

    public virtual BoundStatement VisitLabelStatement(BoundLabelStatement node) => node;
    public virtual BoundStatement VisitGoto(BoundGoto node) => node;
    public virtual BoundStatement VisitConditionalGoto(BoundConditionalGoto node) => node.Update(Visit(node.Condition));
    public virtual BoundStatement VisitIntSwitch(BoundIntSwitch node) => node.Update(Visit(node.Selector));
}
