// The compile hook: how the runtime reaches a compiler for eval and the Function constructor without
// referencing one (DESIGN.md §1). A host installs an implementation per realm
// (`realm.DynamicCodeCompiler = ...`; the compiler's `OdenCompilerHook.Install(realm)` does it in one
// line). Without one, eval(string) throws an EvalError and new Function a TypeError that say so.
//
// Compiled code is realm-independent (like a script assembly): the implementation may cache it and run
// it in any realm. Run(realm, scope, this, newTarget) executes the program; `scope` is the caller's
// runtime scope chain for a direct eval (null for global code), newTarget the caller's new.target.
using Oden.Runtime.CompilerServices;

namespace Oden.Runtime;

public interface IDynamicCodeCompiler
{
    /// <summary>
    /// Compiles <paramref name="request"/>. A source that does not parse (or uses syntax Oden does not
    /// support) throws the realm's SyntaxError as a <see cref="JsException"/>.
    /// </summary>
    DynamicCode Compile(Realm realm, DynamicCodeRequest request);
}

public enum DynamicCodeKind : byte
{
    /// <summary>A direct eval: sees the caller's scopes through the scope chain passed to Run.</summary>
    DirectEval,
    /// <summary>An indirect eval (`(0, eval)(src)`, `globalThis.eval(src)`): global code.</summary>
    IndirectEval,
    /// <summary>
    /// The source of a function made by a function constructor (Function; later GeneratorFunction and
    /// AsyncFunction): one parenthesised function expression in global scope whose value the program
    /// returns. See <see cref="DynamicFunctionSource"/>.
    /// </summary>
    Function,
}

/// <summary>What to compile. <paramref name="Caller"/> is the calling compiled function, when known (its load context is a good home for the code).</summary>
public sealed record DynamicCodeRequest(DynamicCodeKind Kind, string Source, bool Strict, string FileName, JsFunction? Caller = null)
{
    /// <summary>For <see cref="DynamicCodeKind.Function"/>: where the body starts and ends in Source (for the parameter/body split check).</summary>
    public DynamicFunctionSource? Function { get; init; }

    /// <summary>
    /// For a direct eval: the caller's this-environment is a function's (PerformEval's inFunction), so
    /// the code may contain new.target (the caller's, passed to <see cref="DynamicCode.Run"/>).
    /// Otherwise new.target in the code is a SyntaxError.
    /// </summary>
    public bool InFunction { get; init; }
}

/// <summary>
/// The text CreateDynamicFunction assembles, "(function anonymous(" + P + "\n) {\n" + body + "\n})",
/// and the offsets the compiler checks so that P and body each parse on their own (no "){" injection).
/// </summary>
public sealed record DynamicFunctionSource(string Prefix, string Parameters, string Body)
{
    public string Text => "(" + Prefix + " anonymous(" + Parameters + "\n) {\n" + Body + "\n})";

    /// <summary>Offset of the body's opening brace in <see cref="Text"/>.</summary>
    public int BodyStart => 1 + Prefix.Length + " anonymous(".Length + Parameters.Length + "\n) ".Length;

    /// <summary>The function's source text as Function.prototype.toString shows it (without the parentheses).</summary>
    public string FunctionText => Text[1..^1];
}

/// <summary>A compiled program: its entry and what EvalDeclarationInstantiation must declare before it runs.</summary>
public sealed class DynamicCode
{
    public DynamicCode(Func<Realm, ScopeEnvironment?, JsValue, JsValue, JsValue> run, bool isStrict, string[] varNames, string[] functionNames)
    {
        Run = run;
        IsStrict = isStrict;
        VarNames = varNames;
        FunctionNames = functionNames;
    }

    /// <summary>Runs the program with the given scope chain, `this` and new.target; returns its completion value.</summary>
    public Func<Realm, ScopeEnvironment?, JsValue, JsValue, JsValue> Run { get; }

    /// <summary>The program is strict code (a strict caller or its own "use strict").</summary>
    public bool IsStrict { get; }

    /// <summary>Sloppy eval: the top-level var names (Annex B block functions included) that go to the caller's variable environment.</summary>
    public string[] VarNames { get; }

    /// <summary>Sloppy eval: the top-level function declarations' names (the program assigns them first).</summary>
    public string[] FunctionNames { get; }
}
