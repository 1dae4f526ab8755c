// The compiler's implementation of the runtime's compile hook (IDynamicCodeCompiler): eval and the
// Function constructor compile their source with the same phases as a script (parse, feature gate,
// bind as eval code, lower, emit) into a small assembly, loaded into a collectible context:
// the one given to Install, else the calling script's own context (a direct eval knows its caller),
// else a collectible context this hook creates. Unloading the script's context frees its eval code.
//
// Compiled code is cached by the hook (one per realm), keyed by kind, strictness, location and source:
// at most CacheCapacity entries, least recently used evicted. Not per load context in a static table:
// a cached delegate keeps its collectible context's LoaderAllocator alive, which holds the context
// object strongly, so even a ConditionalWeakTable keyed by the context would never let it go. The
// realm owns the hook, so the cache dies with the realm and never outlives the context.
using System.Runtime.Loader;
using Acornima;
using Acornima.Ast;
using Oden.Compiler.Binding;
using Oden.Compiler.Diagnostics;
using Oden.Compiler.Emit;
using Oden.Compiler.Lowering;
using Oden.Compiler.Parsing;
using Oden.Runtime;
using Oden.Runtime.CompilerServices;

namespace Oden.Compiler;

/// <summary>Installs the compiler as a realm's compile hook, which eval and new Function need.</summary>
public static class OdenCompilerHook
{
    /// <summary>
    /// Lets <paramref name="realm"/> compile code at run time (eval, new Function). Code is loaded into
    /// <paramref name="loadContext"/> when given (pass the script's collectible context so that
    /// unloading it frees the eval'd code too); otherwise into the calling script's context when known,
    /// else into a collectible context of this hook.
    /// </summary>
    public static void Install(Realm realm, AssemblyLoadContext? loadContext = null)
    {
        ArgumentNullException.ThrowIfNull(realm);
        realm.DynamicCodeCompiler = new DynamicCodeCompiler(loadContext);
    }
}

internal sealed class DynamicCodeCompiler : IDynamicCodeCompiler
{
    /// <summary>Compiled programs kept per load context.</summary>
    public const int CacheCapacity = 128;

    private static int s_assemblyCounter;

    /// <summary>One cache per load context the hook has loaded code into (usually one).</summary>
    private readonly Dictionary<AssemblyLoadContext, CodeCache> _caches = new(ReferenceEqualityComparer.Instance);

    private readonly AssemblyLoadContext? _loadContext;
    private AssemblyLoadContext? _ownContext;

    public DynamicCodeCompiler(AssemblyLoadContext? loadContext) => _loadContext = loadContext;

    public DynamicCode Compile(Realm realm, DynamicCodeRequest request)
    {
        var context = ContextFor(request.Caller);
        CodeCache cache;
        lock (_caches)
        {
            if (!_caches.TryGetValue(context, out cache!)) _caches[context] = cache = new CodeCache();
        }
        var key = new CacheKey(request.Kind, request.Strict, request.InFunction, request.FileName, request.Source);
        if (cache.TryGet(key, out var cached)) return cached;

        var (code, error) = CompileCore(request, context);
        if (code is null) throw realm.SyntaxError(error!);
        cache.Add(key, code);
        return code;
    }

    private AssemblyLoadContext ContextFor(JsFunction? caller)
    {
        if (_loadContext is not null) return _loadContext;
        if (caller is not null && AssemblyLoadContext.GetLoadContext(caller.GetType().Assembly) is { IsCollectible: true } callerContext)
            return callerContext;
        lock (this)
        {
            return _ownContext ??= new AssemblyLoadContext("oden-dynamic-code", isCollectible: true);
        }
    }

    /// <summary>Compiles and loads the program; on failure, the SyntaxError message.</summary>
    private static (DynamicCode? Code, string? Error) CompileCore(DynamicCodeRequest request, AssemblyLoadContext context)
    {
        var file = new SourceFile(request.FileName, request.Source);
        var diagnostics = new DiagnosticBag();
        bool direct = request.Kind == DynamicCodeKind.DirectEval;

        Script script;
        try
        {
            // new.target parses in direct eval code whose caller is in a function (PerformEval's inFunction).
            var options = new ParserOptions { EcmaVersion = EcmaVersion.Latest, AllowNewTargetOutsideFunction = direct && request.InFunction };
            script = new Parser(options).ParseScript(request.Source, request.FileName, strict: request.Strict);
        }
        catch (ParseErrorException e)
        {
            return (null, e.Description ?? e.Message);
        }
        catch (InsufficientExecutionStackException)
        {
            return (null, "the code is nested too deeply to compile");
        }

        if (request.Kind == DynamicCodeKind.Function && !IsWholeFunction(script, request.Function!))
            return (null, "Arg string terminates parameters early");

        if (!FeatureGate.Check(script, file.Path, diagnostics)) return (null, FirstError(diagnostics));
        var unit = Binder.BindEval(script, file, direct, request.Strict, diagnostics, request.InFunction);
        if (unit is null) return (null, FirstError(diagnostics));
        var lowered = Lowerer.Lower(unit.Script, diagnostics);
        if (lowered is null) return (null, FirstError(diagnostics));

        var name = "oden-eval-" + Interlocked.Increment(ref s_assemblyCounter);
        using var pe = new MemoryStream();
        try
        {
            ScriptAssemblyBuilder.BuildEval(name, new EmitModule(lowered, "", "", "", []), pe, diagnostics);
        }
        catch (NestingTooDeepException)
        {
            return (null, "the code is nested too deeply to compile");
        }
        if (diagnostics.HasErrors) return (null, FirstError(diagnostics));

        pe.Position = 0;
        var assembly = context.LoadFromStream(pe);
        var run = assembly.GetType(ScriptAssemblyBuilder.EvalEntryType, throwOnError: true)!
            .GetMethod(ScriptAssemblyBuilder.EvalEntryMethod)!
            .CreateDelegate<Func<Realm, ScopeEnvironment?, JsValue, JsValue, JsValue>>();
        return (new DynamicCode(run, unit.IsStrict, [.. unit.VarNames], [.. unit.FunctionNames]), null);
    }

    private static string FirstError(DiagnosticBag diagnostics)
    {
        var error = diagnostics.ToSortedList().First(d => d.IsError);
        var message = error.Message;
        return message.StartsWith("SyntaxError: ", StringComparison.Ordinal) ? message["SyntaxError: ".Length..] : message;
    }

    /// <summary>
    /// CreateDynamicFunction's checks that the parameters and the body each parse on their own: the
    /// program must be exactly the one parenthesised function whose body starts at the brace we placed.
    /// </summary>
    private static bool IsWholeFunction(Script script, DynamicFunctionSource source)
    {
        if (script.Body.Count != 1 || script.Body[0] is not ExpressionStatement { Expression: var expression }) return false;
        while (expression is ParenthesizedExpression p) expression = p.Expression;
        return expression switch
        {
            FunctionExpression f => f.Body.Start == source.BodyStart && f.End == source.Text.Length - 1,
            _ => false,
        };
    }

    /// <summary>What a compiled program depends on (a struct: a lookup copies nothing, not even the source).</summary>
    private readonly record struct CacheKey(DynamicCodeKind Kind, bool Strict, bool InFunction, string FileName, string Source);

    /// <summary>A small LRU map (locked: a hook could be shared by realms on several threads).</summary>
    private sealed class CodeCache
    {
        private readonly Dictionary<CacheKey, LinkedListNode<(CacheKey Key, DynamicCode Code)>> _map = new();
        private readonly LinkedList<(CacheKey Key, DynamicCode Code)> _order = new();

        public bool TryGet(CacheKey key, out DynamicCode code)
        {
            lock (_map)
            {
                if (_map.TryGetValue(key, out var node))
                {
                    _order.Remove(node);
                    _order.AddFirst(node);
                    code = node.Value.Code;
                    return true;
                }
            }
            code = null!;
            return false;
        }

        public void Add(CacheKey key, DynamicCode code)
        {
            lock (_map)
            {
                if (_map.ContainsKey(key)) return;
                _map[key] = _order.AddFirst((key, code));
                if (_map.Count > CacheCapacity)
                {
                    var last = _order.Last!;
                    _order.RemoveLast();
                    _map.Remove(last.Value.Key);
                }
            }
        }
    }
}
