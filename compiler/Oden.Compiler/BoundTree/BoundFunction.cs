// A function with its bound body, and the unit the binder returns for one source file.
using System.Collections.Immutable;
using Oden.Compiler.Diagnostics;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.BoundTree;

public sealed class BoundFunction
{
    public BoundFunction(FunctionSymbol symbol, BoundBlock body)
    {
        Symbol = symbol;
        Body = body;
    }

    public FunctionSymbol Symbol { get; }

    /// <summary>The body; its scope is Symbol.Scope. An arrow's expression body is a return statement.</summary>
    public BoundBlock Body { get; }

    public SourceSpan Span => Symbol.Span;

    public BoundFunction Update(BoundBlock body) => body == Body ? this : new BoundFunction(Symbol, body);

    public override string ToString() => BoundTreePrinter.Print(this);
}

/// <summary>A literal relative <c>require('./x')</c> found in a module, resolved at compile time.</summary>
public sealed record RequireReference(string Specifier, SourceSpan Span);

/// <summary>One source file after binding: its top level as a function, plus what it requires.</summary>
public sealed class BoundScript
{
    public BoundScript(SourceFile file, ScriptMode mode, BoundFunction topLevel, ImmutableArray<RequireReference> requires, ImmutableArray<string> globalVarNames)
    {
        File = file;
        Mode = mode;
        TopLevel = topLevel;
        Requires = requires;
        GlobalVarNames = globalVarNames;
    }

    public SourceFile File { get; }
    public ScriptMode Mode { get; }
    public BoundFunction TopLevel { get; }

    /// <summary>Literal require() specifiers in source order (CommonJS modules only).</summary>
    public ImmutableArray<RequireReference> Requires { get; }

    /// <summary>
    /// A classic script's top-level var names (including Annex B functions in blocks), created as
    /// global object properties before the script runs; its top-level functions are the
    /// BoundFunctionDeclarations without a symbol at the start of TopLevel's body.
    /// </summary>
    public ImmutableArray<string> GlobalVarNames { get; }

    public BoundScript Update(BoundFunction topLevel) => topLevel == TopLevel ? this : new BoundScript(File, Mode, topLevel, Requires, GlobalVarNames);
}
