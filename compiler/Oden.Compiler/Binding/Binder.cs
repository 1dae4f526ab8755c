// Binding: Acornima AST → bound tree. One pass per function body, after a hoisting pre-pass.
//
// Invariants the rest of the compiler relies on:
// - Every identifier is resolved here, once: to a VariableSymbol of an enclosing scope or to a
//   BoundGlobal. A reference from a function other than the symbol's own marks it captured, so by the
//   end of binding every VariableSymbol.IsCaptured is final (declarations are hoisted into their scope
//   before any code of that scope is bound, so no later declaration can change a resolution).
// - Each reference to a let/const knows whether it needs a TDZ check: not when it is in the same
//   function, textually after the declaration, and not in a switch scope (where a case can jump over
//   the declaration); always otherwise.
// - `this` and `arguments` are bindings of the nearest non-arrow function, so arrows capture them
//   like any variable.
// - Acornima has already reported ECMAScript's early errors (it checks redeclarations, labels,
//   strict-mode restrictions); the binder adds the one that CommonJS wrapping creates: a top-level
//   let/const named like a wrapper parameter (exports, require, ...).
using System.Collections.Immutable;
using Acornima.Ast;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Diagnostics;
using Oden.Compiler.Symbols;
using FunctionKind = Oden.Compiler.Symbols.FunctionKind;

namespace Oden.Compiler.Binding;

internal sealed partial class Binder
{
    /// <summary>The parameters node gives a CommonJS module function, in order.</summary>
    public static readonly ImmutableArray<string> ModuleParameters = ["exports", "require", "module", "__filename", "__dirname"];

    private readonly SourceFile _file;
    private readonly ScriptMode _mode;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<RequireReference> _requires = new();
    private readonly List<string> _globalVarNames = new();

    private FunctionSymbol _function = null!;
    private Scope _scope = null!;
    private LabelContext _labels = LabelContext.Empty;

    private Binder(SourceFile file, ScriptMode mode, DiagnosticBag diagnostics)
    {
        _file = file;
        _mode = mode;
        _diagnostics = diagnostics;
    }

    /// <summary>Binds one parsed source file. Returns null when binding reported errors.</summary>
    public static BoundScript? Bind(Script script, SourceFile file, ScriptMode mode, DiagnosticBag diagnostics)
    {
        var binder = new Binder(file, mode, diagnostics);
        int errorsBefore = diagnostics.Count;
        try
        {
            binder.ScanDynamic(script);
            var topLevel = binder.BindTopLevel(script);
            binder.FinishDynamicScopes();
            if (diagnostics.ToList().Skip(errorsBefore).Any(d => d.IsError)) return null;
            return new BoundScript(file, mode, topLevel, binder._requires.ToImmutableArray(), binder._globalVarNames.ToImmutableArray());
        }
        catch (NestingTooDeepException e)
        {
            diagnostics.NestingTooDeep(e.Span);
            return null;
        }
    }

    private SourceSpan Span(Node node) => SourceSpan.From(_file.Path, node);

    private void SyntaxError(Node node, string message) => _diagnostics.SyntaxError(Span(node), message);

    // ---- scopes --------------------------------------------------------------------------------

    private Scope PushScope(ScopeKind kind)
    {
        _scope = new Scope(kind, _scope, _function);
        return _scope;
    }

    private void PopScope(Scope scope)
    {
        System.Diagnostics.Debug.Assert(_scope == scope);
        _scope = scope.Parent!;
    }

    // ---- name resolution -----------------------------------------------------------------------

    /// <summary>Resolves an identifier reference at <paramref name="node"/>; null means a global.</summary>
    private VariableSymbol? Lookup(string name)
    {
        for (var scope = _scope; scope is not null; scope = scope.Parent)
        {
            if (scope.Kind == ScopeKind.Function && name == "arguments" && HasOwnArguments(scope.Function))
                return ArgumentsOf(scope.Function);
            var symbol = scope.Lookup(name);
            if (symbol is not null) return symbol;
        }
        return null;
    }

    /// <summary>A function whose scope provides `arguments` (unless a declaration named arguments shadows it).</summary>
    private static bool HasOwnArguments(FunctionSymbol function) =>
        function.Kind is not (FunctionKind.Arrow or FunctionKind.Script or FunctionKind.Eval);

    private static VariableSymbol ArgumentsOf(FunctionSymbol function)
    {
        if (function.ArgumentsSymbol is not null) return function.ArgumentsSymbol;
        var existing = function.Scope.Lookup("arguments");
        if (existing is not null && existing.Kind != VariableKind.Arguments)
            return existing; // a parameter, function or let named arguments: no arguments object
        var symbol = existing ?? function.Scope.Declare("arguments", VariableKind.Arguments);
        function.ArgumentsSymbol = symbol;
        return symbol;
    }

    private BoundExpression BindIdentifierReference(string name, Node node, bool isWrite = false)
    {
        if (_dynamicNames && BindDynamicReference(name, node, isWrite) is { } dynamic) return dynamic;
        var symbol = Lookup(name);
        if (symbol is null) return new BoundGlobal(name, Span(node));
        return Reference(symbol, node, isWrite);
    }

    private BoundVariable Reference(VariableSymbol symbol, Node node, bool isWrite = false)
    {
        symbol.IsReferenced = true;
        if (isWrite) symbol.IsAssigned = true;
        if (symbol.Function != _function)
        {
            symbol.IsCaptured = true;
            if (symbol.Kind == VariableKind.Arguments) symbol.Function.ArgumentsSymbol = symbol;
        }
        bool tdz = NeedsTdzCheck(symbol, node);
        if (tdz) symbol.HasTdzReferences = true;
        return new BoundVariable(symbol, tdz, Span(node));
    }

    private bool NeedsTdzCheck(VariableSymbol symbol, Node node)
    {
        if (!symbol.IsLexical) return false;
        if (symbol.Scope.Kind is ScopeKind.ForEachTdz or ScopeKind.Switch) return true;
        if (symbol.Function == _function) return node.Start < symbol.InitializedAfter;

        // From a closure: safe when the closure (or the enclosing one created directly in the declaring
        // function) is created after the initialization: it cannot run before it exists. Hoisted function
        // declarations exist from the start of their scope, so they always check.
        var creator = _function;
        while (creator.Parent != symbol.Function) creator = creator.Parent!;
        return creator.IsDeclaration || creator.SourceStart < symbol.InitializedAfter;
    }

    /// <summary>`this` of the nearest non-arrow function.</summary>
    private BoundExpression BindThis(Node node)
    {
        var function = _function;
        while (function.IsArrow) function = function.Parent!;
        function.ThisSymbol ??= function.Scope.Declare("this", VariableKind.This);
        if (function.Kind == FunctionKind.DerivedConstructor) return DerivedThis(function, node);
        return Reference(function.ThisSymbol, node);
    }

    // ---- labels --------------------------------------------------------------------------------

    /// <summary>The jump targets visible at a point in one function body (an immutable chain).</summary>
    private sealed class LabelContext
    {
        public static readonly LabelContext Empty = new(null, null, null, null, null);

        private LabelContext(LabelContext? parent, string? name, LabelSymbol? breakLabel, LabelSymbol? continueLabel, LabelSymbol? defaultBreak)
        {
            Parent = parent;
            Name = name;
            Break = breakLabel;
            Continue = continueLabel;
            DefaultBreak = defaultBreak;
        }

        public LabelContext? Parent { get; }
        /// <summary>A statement label (`name:`), or null for an unlabelled loop/switch entry.</summary>
        public string? Name { get; }
        public LabelSymbol? Break { get; }
        public LabelSymbol? Continue { get; }
        /// <summary>Set on loop and switch entries: the target of an unlabelled break.</summary>
        public LabelSymbol? DefaultBreak { get; }

        public LabelContext WithLabel(string name, LabelSymbol breakLabel, LabelSymbol? continueLabel) =>
            new(this, name, breakLabel, continueLabel, null);

        public LabelContext WithBreakable(LabelSymbol breakLabel, LabelSymbol? continueLabel) =>
            new(this, null, breakLabel, continueLabel, breakLabel);

        public LabelSymbol? FindBreak(string? name)
        {
            for (var c = this; c is not null; c = c.Parent)
            {
                if (name is null ? c.DefaultBreak is not null : c.Name == name) return name is null ? c.DefaultBreak : c.Break;
            }
            return null;
        }

        public LabelSymbol? FindContinue(string? name)
        {
            for (var c = this; c is not null; c = c.Parent)
            {
                if (name is null ? c.DefaultBreak is not null && c.Continue is not null : c.Name == name) return c.Continue;
            }
            return null;
        }
    }
}
