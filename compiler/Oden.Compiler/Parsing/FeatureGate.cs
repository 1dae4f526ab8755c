// The feature gate: valid JavaScript that this version of Oden does not compile yet is refused here,
// at its location, with "ODN1002: '<feature>' is not supported yet" (ES module syntax gets ODN1003,
// which points to require()). Later phases may therefore assume the tree contains none of these
// nodes: `with`, direct eval, private class members, and `using`.
// (Regex literals are checked by
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
        return node;
    }

    // ---- functions and classes -----------------------------------------------------------------

    // Classes compile (methods, accessors, static members, public fields, static blocks, extends,
    // super, new.target); private names and auto-accessors do not yet.

    protected override object? VisitAccessorProperty(AccessorProperty node)
    {
        NotSupported(node, "class auto-accessor");
        return node;
    }

    protected override object? VisitPrivateIdentifier(PrivateIdentifier node)
    {
        NotSupported(node, "private class member");
        return node;
    }

    protected override object? VisitFunctionDeclaration(FunctionDeclaration node) =>
        CheckFunction(node, node.Generator, node.Async) ? base.VisitFunctionDeclaration(node) : node;

    protected override object? VisitFunctionExpression(FunctionExpression node) =>
        CheckFunction(node, node.Generator, node.Async) ? base.VisitFunctionExpression(node) : node;

    protected override object? VisitArrowFunctionExpression(ArrowFunctionExpression node) =>
        CheckFunction(node, generator: false, node.Async) ? base.VisitArrowFunctionExpression(node) : node;

    // Generators, async functions, async generators, await and yield compile to state machines
    // (Lowering/StateMachineRewriter.cs).
    private static bool CheckFunction(Node node, bool generator, bool async) => true;

    // ---- expressions ---------------------------------------------------------------------------

    protected override object? VisitCallExpression(CallExpression node)
    {
        if (node.Callee is Identifier { Name: "eval" })
            NotSupported(node, "direct eval");
        return base.VisitCallExpression(node);
    }

    // ---- statements ----------------------------------------------------------------------------

    protected override object? VisitWithStatement(WithStatement node)
    {
        NotSupported(node, "with statement");
        return base.VisitWithStatement(node);
    }

    protected override object? VisitVariableDeclaration(VariableDeclaration node)
    {
        if (node.Kind is VariableDeclarationKind.Using or VariableDeclarationKind.AwaitUsing)
            NotSupported(node, "using declaration");
        return base.VisitVariableDeclaration(node);
    }
}
