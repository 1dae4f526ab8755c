// The bound tree: the one IR between the binder and CodeGen. Invariants:
// - Nodes are immutable; a rewriter builds new nodes and shares unchanged subtrees (Update returns
//   `this` when no child changed).
// - Every identifier is resolved: a BoundVariable names its VariableSymbol, a BoundGlobal is a
//   property of the realm's global object. No name lookup happens after binding.
// - After Lowering, none of TemplateLiteral, CompoundAssignment, Update, While, DoWhile, For, ForIn,
//   ForOf, Labeled or Switch remain; control flow is If, Label/Goto/ConditionalGoto/IntSwitch, Try,
//   Block (entering a scope) and Return; no jump leaves a finally block (see FinallyRewriter), and no
//   jump enters a try block or a block with a scope from outside.
// - Expressions are JsValues unless Type says otherwise (only lowering's intrinsics and temps).
using Oden.Compiler.Diagnostics;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.BoundTree;

public abstract class BoundNode
{
    protected BoundNode(BoundKind kind, SourceSpan span)
    {
        Kind = kind;
        Span = span;
    }

    public BoundKind Kind { get; }

    /// <summary>Where the node came from; lowering gives synthesized nodes the span of what they replace.</summary>
    public SourceSpan Span { get; }

    public override string ToString() => BoundTreePrinter.Print(this);
}

public abstract class BoundExpression : BoundNode
{
    protected BoundExpression(BoundKind kind, SourceSpan span) : base(kind, span) { }

    public virtual StorageType Type => StorageType.Value;
}

public abstract class BoundStatement : BoundNode
{
    protected BoundStatement(BoundKind kind, SourceSpan span) : base(kind, span) { }
}
