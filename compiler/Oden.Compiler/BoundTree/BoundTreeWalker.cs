// A read-only traversal of the bound tree, for analyses. Override a Visit* to look at a node kind;
// call base to continue into its children. Nested functions are entered only when
// VisitNestedFunctions is true (most analyses are per function).
namespace Oden.Compiler.BoundTree;

public abstract class BoundTreeWalker
{
    protected virtual bool VisitNestedFunctions => false;

    public virtual void VisitFunction(BoundFunction function) => VisitStatement(function.Body);

    public void Visit(BoundNode? node)
    {
        switch (node)
        {
            case null: return;
            case BoundExpression e: VisitExpression(e); return;
            case BoundStatement s: VisitStatement(s); return;
        }
    }

    public virtual void VisitExpression(BoundExpression node)
    {
        NestingTooDeepException.EnsureStack(node.Span);
        switch (node)
        {
            case BoundTemplateLiteral n: foreach (var e in n.Expressions) VisitExpression(e); break;
            case BoundMember n: VisitExpression(n.Receiver); break;
            case BoundIndex n: VisitExpression(n.Receiver); VisitExpression(n.Key); break;
            case BoundAssignment n: VisitExpression(n.Target); VisitExpression(n.Value); break;
            case BoundCompoundAssignment n: VisitExpression(n.Target); VisitExpression(n.Value); break;
            case BoundUpdate n: VisitExpression(n.Target); break;
            case BoundUnary n: VisitExpression(n.Operand); break;
            case BoundDelete n: VisitExpression(n.Operand); break;
            case BoundBinary n: VisitExpression(n.Left); VisitExpression(n.Right); break;
            case BoundLogical n: VisitExpression(n.Left); VisitExpression(n.Right); break;
            case BoundConditional n: VisitExpression(n.Test); VisitExpression(n.WhenTrue); VisitExpression(n.WhenFalse); break;
            case BoundSequence n: foreach (var e in n.SideEffects) VisitExpression(e); VisitExpression(n.Value); break;
            case BoundCall n: VisitExpression(n.Callee); foreach (var e in n.Arguments) VisitExpression(e); break;
            case BoundNew n: VisitExpression(n.Callee); foreach (var e in n.Arguments) VisitExpression(e); break;
            case BoundFunctionExpression n: if (VisitNestedFunctions) VisitFunction(n.Function); break;
            case BoundArrayLiteral n: foreach (var e in n.Elements) if (e is not null) VisitExpression(e); break;
            case BoundObjectLiteral n:
                foreach (var p in n.Properties)
                {
                    if (p.ComputedKey is not null) VisitExpression(p.ComputedKey);
                    VisitExpression(p.Value);
                }
                break;
            case BoundToStringConversion n: VisitExpression(n.Operand); break;
            case BoundToNumericConversion n: VisitExpression(n.Operand); break;
            case BoundToPropertyKeyConversion n: VisitExpression(n.Operand); break;
            case BoundStringConcat n: foreach (var e in n.Parts) VisitExpression(e); break;
            case BoundIntrinsic n: foreach (var e in n.Arguments) VisitExpression(e); break;
            case BoundDynamicName n:
                foreach (var step in n.Steps) if (step.WithObject is not null) VisitExpression(step.WithObject);
                VisitExpression(n.Fallback);
                break;
            case BoundDirectEval n: VisitExpression(n.Callee); foreach (var e in n.Arguments) VisitExpression(e); VisitExpression(n.ThisValue); VisitExpression(n.NewTarget); break;
            case BoundClass n:
                if (n.Heritage is not null) VisitExpression(n.Heritage);
                if (VisitNestedFunctions) VisitFunction(n.Constructor);
                foreach (var m in n.Members)
                {
                    if (m.ComputedKey is not null) VisitExpression(m.ComputedKey);
                    if (VisitNestedFunctions && m.Function is not null) VisitFunction(m.Function);
                }
                if (VisitNestedFunctions && n.InstanceInitializer is not null) VisitFunction(n.InstanceInitializer);
                if (VisitNestedFunctions) foreach (var f in n.StaticInitializers) VisitFunction(f);
                break;
            case BoundSuperMember n: VisitExpression(n.This); VisitExpression(n.Function); if (n.Key is not null) VisitExpression(n.Key); break;
            case BoundSuperCall n: VisitExpression(n.Function); VisitExpression(n.NewTarget); foreach (var e in n.Arguments) VisitExpression(e); VisitExpression(n.ThisBinding); break;
        }
    }

    public virtual void VisitStatement(BoundStatement node)
    {
        NestingTooDeepException.EnsureStack(node.Span);
        switch (node)
        {
            case BoundBlock n: foreach (var s in n.Statements) VisitStatement(s); break;
            case BoundStatementList n: foreach (var s in n.Statements) VisitStatement(s); break;
            case BoundExpressionStatement n: VisitExpression(n.Expression); break;
            case BoundVariableDeclaration n: if (n.Initializer is not null) VisitExpression(n.Initializer); break;
            case BoundFunctionDeclaration n: if (VisitNestedFunctions) VisitFunction(n.Function); break;
            case BoundIf n: VisitExpression(n.Test); VisitStatement(n.Then); if (n.Else is not null) VisitStatement(n.Else); break;
            case BoundWhile n: VisitExpression(n.Test); VisitStatement(n.Body); break;
            case BoundDoWhile n: VisitStatement(n.Body); VisitExpression(n.Test); break;
            case BoundFor n:
                if (n.Initializer is not null) VisitStatement(n.Initializer);
                if (n.Test is not null) VisitExpression(n.Test);
                if (n.Increment is not null) VisitExpression(n.Increment);
                VisitStatement(n.Body);
                break;
            case BoundForEach n: VisitExpression(n.Expression); VisitExpression(n.Target); VisitStatement(n.Body); break;
            case BoundLabeled n: VisitStatement(n.Body); break;
            case BoundSwitch n:
                VisitExpression(n.Expression);
                foreach (var c in n.Cases)
                {
                    if (c.Test is not null) VisitExpression(c.Test);
                    foreach (var s in c.Statements) VisitStatement(s);
                }
                break;
            case BoundReturn n: if (n.Expression is not null) VisitExpression(n.Expression); break;
            case BoundThrow n: VisitExpression(n.Expression); break;
            case BoundTry n:
                VisitStatement(n.TryBlock);
                if (n.CatchClause is not null) VisitStatement(n.CatchClause.Body);
                if (n.FinallyBlock is not null) VisitStatement(n.FinallyBlock);
                break;
            case BoundConditionalGoto n: VisitExpression(n.Condition); break;
            case BoundIntSwitch n: VisitExpression(n.Selector); break;
        }
    }
}
