// The feature gate: valid JavaScript that this version of Oden does not compile yet is refused here,
// at its location, with "ODN1002: '<feature>' is not supported yet" (ES module syntax gets ODN1003,
// which points to require()). Later phases may therefore assume the tree contains none of these
// nodes: classes, patterns (destructuring), spread/rest, default parameters, generators, async
// functions, await/yield, tagged templates, optional chaining, ??, logical assignment, BigInt,
// new.target, super, `using` and `for await`. (Regex literals are checked by
// CodeGen against the runtime's regex engine, which reports patterns it cannot translate.)
// The gate does not descend into a refused class or function-kind, so one construct gives one
// diagnostic; it does descend elsewhere, so independent problems are all reported.
using Acornima;
using Acornima.Ast;
using Oden.Compiler.Diagnostics;

namespace Oden.Compiler.Parsing;

internal sealed class FeatureGate : AstVisitor
{
    private readonly string _path;
    private readonly DiagnosticBag _diagnostics;
    private bool _failed;

    private FeatureGate(string path, DiagnosticBag diagnostics)
    {
        _path = path;
        _diagnostics = diagnostics;
    }

    /// <summary>True when the script uses only supported features.</summary>
    public static bool Check(Script script, string path, DiagnosticBag diagnostics)
    {
        var gate = new FeatureGate(path, diagnostics);
        try
        {
            gate.Visit(script);
        }
        catch (InsufficientExecutionStackException)
        {
            diagnostics.NestingTooDeep(new SourceSpan(path, 1, 1, 1, 1));
            return false;
        }
        return !gate._failed;
    }

    private SourceSpan Span(Node node) => SourceSpan.From(_path, node);

    private void NotSupported(Node node, string feature)
    {
        _failed = true;
        _diagnostics.NotSupported(Span(node), feature);
    }

    private void ModuleSyntax(Node node, string message)
    {
        _failed = true;
        _diagnostics.Error(ErrorCode.ModuleSyntax, Span(node), "SyntaxError: " + message);
    }

    // ---- modules -------------------------------------------------------------------------------

    protected override object? VisitImportDeclaration(ImportDeclaration node)
    {
        ModuleSyntax(node, "'import' declarations are not supported; use require()");
        return node;
    }

    protected override object? VisitImportExpression(ImportExpression node)
    {
        ModuleSyntax(node, "dynamic import() is not supported; use require()");
        return node;
    }

    protected override object? VisitExportNamedDeclaration(ExportNamedDeclaration node) => Export(node);

    protected override object? VisitExportDefaultDeclaration(ExportDefaultDeclaration node) => Export(node);

    protected override object? VisitExportAllDeclaration(ExportAllDeclaration node) => Export(node);

    private object? Export(Node node)
    {
        ModuleSyntax(node, "'export' declarations are not supported; assign to module.exports");
        return node;
    }

    protected override object? VisitMetaProperty(MetaProperty node)
    {
        if (node.Meta.Name == "import")
            ModuleSyntax(node, "'import.meta' is not supported; use __filename and __dirname");
        else
            NotSupported(node, "new.target");
        return node;
    }

    // ---- functions and classes -----------------------------------------------------------------

    protected override object? VisitClassDeclaration(ClassDeclaration node)
    {
        NotSupported(node, "class");
        return node;
    }

    protected override object? VisitClassExpression(ClassExpression node)
    {
        NotSupported(node, "class");
        return node;
    }

    protected override object? VisitSuper(Super node)
    {
        NotSupported(node, "super");
        return node;
    }

    protected override object? VisitFunctionDeclaration(FunctionDeclaration node) =>
        CheckFunction(node, node.Generator, node.Async) ? base.VisitFunctionDeclaration(node) : node;

    protected override object? VisitFunctionExpression(FunctionExpression node) =>
        CheckFunction(node, node.Generator, node.Async) ? base.VisitFunctionExpression(node) : node;

    protected override object? VisitArrowFunctionExpression(ArrowFunctionExpression node) =>
        CheckFunction(node, generator: false, node.Async) ? base.VisitArrowFunctionExpression(node) : node;

    private bool CheckFunction(Node node, bool generator, bool async)
    {
        if (async)
        {
            NotSupported(node, generator ? "async generator" : "async function");
            return false;
        }
        if (generator)
        {
            NotSupported(node, "generator function");
            return false;
        }
        return true;
    }

    protected override object? VisitAwaitExpression(AwaitExpression node)
    {
        NotSupported(node, "await");
        return node;
    }

    protected override object? VisitYieldExpression(YieldExpression node)
    {
        NotSupported(node, "yield");
        return node;
    }

    // ---- patterns, spread, rest, defaults ------------------------------------------------------

    protected override object? VisitArrayPattern(ArrayPattern node)
    {
        NotSupported(node, "destructuring");
        return node;
    }

    protected override object? VisitObjectPattern(ObjectPattern node)
    {
        NotSupported(node, "destructuring");
        return node;
    }

    protected override object? VisitAssignmentPattern(AssignmentPattern node)
    {
        NotSupported(node, "default parameter");
        return node;
    }

    protected override object? VisitRestElement(RestElement node)
    {
        NotSupported(node, "rest parameter");
        return node;
    }

    protected override object? VisitSpreadElement(SpreadElement node)
    {
        NotSupported(node, "spread syntax");
        return node;
    }

    // ---- expressions ---------------------------------------------------------------------------

    protected override object? VisitTaggedTemplateExpression(TaggedTemplateExpression node)
    {
        NotSupported(node, "tagged template");
        return node;
    }

    protected override object? VisitChainExpression(ChainExpression node)
    {
        NotSupported(node, "optional chaining");
        return base.VisitChainExpression(node);
    }

    protected override object? VisitBinaryExpression(BinaryExpression node)
    {
        if (node.Operator == Operator.NullishCoalescing)
            NotSupported(node, "nullish coalescing (??)");
        return base.VisitBinaryExpression(node);
    }

    protected override object? VisitAssignmentExpression(AssignmentExpression node)
    {
        switch (node.Operator)
        {
            case Operator.NullishCoalescingAssignment:
            case Operator.LogicalOrAssignment:
            case Operator.LogicalAndAssignment:
                NotSupported(node, "logical assignment (" + AssignmentExpression.OperatorToString(node.Operator) + ")");
                break;
        }
        return base.VisitAssignmentExpression(node);
    }

    protected override object? VisitLiteral(Literal node)
    {
        if (node.Kind == TokenKind.BigIntLiteral)
        {
            NotSupported(node, "BigInt literal");
        }
        return node;
    }

    // ---- statements ----------------------------------------------------------------------------

    protected override object? VisitForOfStatement(ForOfStatement node)
    {
        if (node.Await)
            NotSupported(node, "for await");
        return base.VisitForOfStatement(node);
    }

    protected override object? VisitVariableDeclaration(VariableDeclaration node)
    {
        if (node.Kind is VariableDeclarationKind.Using or VariableDeclarationKind.AwaitUsing)
            NotSupported(node, "using declaration");
        return base.VisitVariableDeclaration(node);
    }
}
