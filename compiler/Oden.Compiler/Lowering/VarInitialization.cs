// Which `var` bindings are written before any code can read them, decided on the bound tree before
// lowering (where statement lists and loops still have their structure). A var starts as undefined; it
// qualifies (VariableSymbol.IsWrittenBeforeUse) when some statement list L holds, at index k, a
// statement S that unconditionally assigns it — `var v = e` (an assignment statement after binding), or
// a `for` whose initializer does — and every reference to v lies in L[k..] after S's assignment: L's
// statements run in order, a jump back into L restarts at L[0] (so S runs again first), and a jump out of
// L skips the references with it. Lists of switch cases are not considered (a case label jumps into the
// middle). Positions are source line/column: statement lists are contiguous in the source and a
// reference lies inside the statement that contains it. Nested functions are analysed on their own;
// a reference from one of them makes the var captured, which NumericLocals refuses anyway.
using Oden.Compiler.BoundTree;
using Oden.Compiler.Diagnostics;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.Lowering;

internal sealed class VarInitialization : BoundTreeWalker
{
    private readonly Dictionary<VariableSymbol, List<SourceSpan>> _references = new();
    private readonly List<(VariableSymbol Symbol, SourceSpan Write, (int, int) After, (int, int) End)> _anchors = new();

    protected override bool VisitNestedFunctions => true;

    public static void Analyze(BoundFunction topLevel)
    {
        var analysis = new VarInitialization();
        analysis.VisitFunction(topLevel);
        foreach (var group in analysis._anchors.GroupBy(a => a.Symbol))
        {
            if (!analysis._references.TryGetValue(group.Key, out var references)) continue;
            foreach (var anchor in group)
            {
                if (references.All(r => r == anchor.Write || (!r.IsNone && Compare(Start(r), anchor.After) >= 0 && Compare(End(r), anchor.End) <= 0)))
                {
                    group.Key.IsWrittenBeforeUse = true;
                    break;
                }
            }
        }
    }

    private static (int, int) Start(SourceSpan s) => (s.StartLine, s.StartColumn);

    private static (int, int) End(SourceSpan s) => (s.EndLine, s.EndColumn);

    private static int Compare((int Line, int Column) a, (int Line, int Column) b) =>
        a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column);

    public override void VisitExpression(BoundExpression node)
    {
        if (node is BoundVariable { Symbol.Kind: VariableKind.Var } v)
        {
            if (!_references.TryGetValue(v.Symbol, out var list)) _references[v.Symbol] = list = new();
            list.Add(v.Span);
        }
        base.VisitExpression(node);
    }

    public override void VisitStatement(BoundStatement node)
    {
        switch (node)
        {
            case BoundBlock block:
                AddAnchors(block.Statements);
                break;
            case BoundStatementList list:
                AddAnchors(list.Statements);
                break;
        }
        base.VisitStatement(node);
    }

    private void AddAnchors(IReadOnlyList<BoundStatement> statements)
    {
        if (statements.Count == 0) return;
        var end = End(statements[^1].Span);
        if (statements[^1].Span.IsNone) return;
        foreach (var statement in statements)
        {
            var initializer = statement is BoundFor loop ? loop.Initializer : statement;
            if (initializer is not null) AddAssignments(initializer, end);
        }
    }

    /// <summary>The var assignments a statement makes unconditionally, in order: `v = e;` and lists of them.</summary>
    private void AddAssignments(BoundStatement statement, (int, int) end)
    {
        switch (statement)
        {
            case BoundExpressionStatement { Expression: BoundAssignment { Target: BoundVariable { Symbol.Kind: VariableKind.Var } target, Value: var value } }
                when !target.Span.IsNone && !value.Span.IsNone:
                _anchors.Add((target.Symbol, target.Span, End(value.Span), end));
                break;
            case BoundStatementList list:
                foreach (var s in list.Statements) AddAssignments(s, end);
                break;
        }
    }
}
