// Large function bodies (a bundle's top level, generated code) are split into several IL methods.
// A method with tens of thousands of statements is compiled by the JIT without optimisation, and its
// frame gets a stack slot for every temporary: a 70k-statement top level needs megabytes of stack for
// one frame, more than a script thread has. So the top-level statements of a large body are grouped
// into chunks of bounded size, each compiled to its own method:
//
//   static bool F`3_part0(ClosureF self, JsValue this, EnvF env, ref JsValue result)
//
// which returns true when a `return` ran (its value in `result`). Jumps never cross top-level
// statements after lowering (loops, switches and labels are lowered within their statement), so each
// chunk is self-contained. A binding of the function scope that more than one chunk uses — and the
// parameters, `this`, `arguments` and the function's own name, which the main method initializes —
// lives in the function's environment object, which every chunk receives.
using System.Collections.Immutable;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.CodeGen;

internal static class FunctionSplitter
{
    /// <summary>Bodies with more bound nodes than this (nested functions excluded) are split.</summary>
    public const int SplitThreshold = 6000;

    /// <summary>The target size of one chunk, in bound nodes (roughly 20 KB of IL).</summary>
    public const int ChunkSize = 2000;

    /// <summary>The body's top-level statements in chunks, or null when the body is small enough for one method.</summary>
    public static List<ImmutableArray<BoundStatement>>? Partition(BoundFunction function)
    {
        // A state machine's resume points are reached by jumps from its dispatch: it stays one method.
        if (function.Symbol.IsStateMachine) return null;
        var statements = function.Body.Statements;
        var sizes = statements.Select(NodeCounter.Count).ToList();
        if (sizes.Sum() <= SplitThreshold || statements.Length < 2) return null;

        var chunks = new List<ImmutableArray<BoundStatement>>();
        var current = ImmutableArray.CreateBuilder<BoundStatement>();
        int size = 0;
        for (int i = 0; i < statements.Length; i++)
        {
            if (current.Count > 0 && size + sizes[i] > ChunkSize)
            {
                chunks.Add(current.ToImmutable());
                current.Clear();
                size = 0;
            }
            current.Add(statements[i]);
            size += sizes[i];
        }
        if (current.Count > 0) chunks.Add(current.ToImmutable());
        return chunks.Count > 1 ? chunks : null;
    }

    /// <summary>
    /// Moves the function-scope bindings that chunks share into the environment (marks them captured).
    /// Call before any environment layout is built.
    /// </summary>
    public static void PrepareCaptures(BoundFunction function)
    {
        var chunks = Partition(function);
        if (chunks is null) return;
        var scope = function.Symbol.Scope;
        scope.ForcesEnvironment = true;
        var usedIn = new Dictionary<VariableSymbol, int>();
        for (int k = 0; k < chunks.Count; k++)
        {
            var collector = new SymbolCollector(scope);
            foreach (var statement in chunks[k]) collector.VisitStatement(statement);
            foreach (var symbol in collector.Symbols)
            {
                usedIn[symbol] = usedIn.TryGetValue(symbol, out int first) && first != k ? -1 : k;
            }
        }
        foreach (var (symbol, chunk) in usedIn)
        {
            bool initializedByMain = symbol.Kind is VariableKind.Parameter or VariableKind.This or VariableKind.Arguments or VariableKind.FunctionSelfName or VariableKind.NewTarget
                || symbol == function.Symbol.RestParameter;
            if (chunk == -1 || initializedByMain) symbol.IsCaptured = true;
        }
    }

    private sealed class NodeCounter : BoundTreeWalker
    {
        private int _count;

        public static int Count(BoundStatement statement)
        {
            var counter = new NodeCounter();
            counter.VisitStatement(statement);
            return counter._count;
        }

        public override void VisitStatement(BoundStatement node)
        {
            _count++;
            base.VisitStatement(node);
        }

        public override void VisitExpression(BoundExpression node)
        {
            _count++;
            base.VisitExpression(node);
        }
    }

    /// <summary>The bindings of one scope that a statement list references (nested functions excluded: they capture already).</summary>
    private sealed class SymbolCollector(Scope scope) : BoundTreeWalker
    {
        public HashSet<VariableSymbol> Symbols { get; } = new();

        public override void VisitExpression(BoundExpression node)
        {
            if (node is BoundVariable v && v.Symbol.Scope == scope) Symbols.Add(v.Symbol);
            base.VisitExpression(node);
        }

        public override void VisitStatement(BoundStatement node)
        {
            switch (node)
            {
                case BoundVariableDeclaration d when d.Symbol.Scope == scope:
                    Symbols.Add(d.Symbol);
                    break;
                case BoundFunctionDeclaration { Symbol: { } s } when s.Scope == scope:
                    Symbols.Add(s);
                    break;
            }
            base.VisitStatement(node);
        }
    }
}
