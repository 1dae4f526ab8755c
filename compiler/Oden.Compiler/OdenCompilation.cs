// The compiler's façade: source files in, an assembly (or diagnostics) out. Never throws for a bad
// script: every problem is a Diagnostic. Internal failures (a bug of ours) become ODN9001 diagnostics
// too, so a host can keep serving the previous version and report the message.
//
// Phases run in order on a thread with a large stack (LargeStackThread); each phase stops the
// pipeline when it reports an error. CommonJS modules reached through literal relative require()
// calls are read, parsed, bound and lowered too, and compiled into the same assembly.
using System.Security.Cryptography;
using System.Text;
using Oden.Compiler.Binding;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Diagnostics;
using Oden.Compiler.Emit;
using Oden.Compiler.Lowering;
using Oden.Compiler.Parsing;

namespace Oden.Compiler;

public sealed class OdenCompilation
{
    private readonly SourceFile _entry;
    private readonly CompilationOptions _options;
    private readonly Func<string, string?> _readFile;
    private readonly Func<string, string> _fullPath;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<EmitModule> _modules = new();
    private bool _analyzed;

    private OdenCompilation(SourceFile entry, CompilationOptions options, Func<string, string?> readFile, Func<string, string> fullPath)
    {
        _entry = entry;
        _options = options;
        _readFile = readFile;
        _fullPath = fullPath;
    }

    /// <summary>A compilation of the script at <paramref name="entryPath"/>, reading it and its required modules from disk.</summary>
    public static OdenCompilation Create(string entryPath, CompilationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(entryPath);
        var text = TryRead(entryPath);
        var compilation = new OdenCompilation(new SourceFile(entryPath, text ?? ""), options ?? CompilationOptions.Default, TryRead, Path.GetFullPath);
        if (text is null)
            compilation._diagnostics.Error(ErrorCode.FileNotReadable, SourceSpan.None(entryPath), $"cannot read '{entryPath}'");
        return compilation;
    }

    /// <summary>
    /// A compilation of in-memory source. Required modules are read with <paramref name="readFile"/>
    /// (null: none can be read); paths are used as given.
    /// </summary>
    public static OdenCompilation Create(SourceFile entry, CompilationOptions? options = null, Func<string, string?>? readFile = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new OdenCompilation(entry, options ?? CompilationOptions.Default, readFile ?? (_ => null), p => p);
    }

    private static string? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public CompilationOptions Options => _options;

    /// <summary>Every diagnostic of parsing, binding and lowering, in source order.</summary>
    public IReadOnlyList<Diagnostic> GetDiagnostics()
    {
        Analyze();
        return _diagnostics.ToSortedList();
    }

    /// <summary>The source files compiled in (the entry first, then required modules in discovery order).</summary>
    public IReadOnlyList<SourceFile> SourceFiles
    {
        get
        {
            Analyze();
            return _modules.Select(m => m.Script.File).ToList();
        }
    }

    /// <summary>Writes the assembly to <paramref name="peStream"/> and its portable PDB to <paramref name="pdbStream"/> (embedded when null).</summary>
    public EmitResult Emit(Stream peStream, Stream? pdbStream = null, string? pdbPath = null)
    {
        ArgumentNullException.ThrowIfNull(peStream);
        Analyze();
        if (_diagnostics.HasErrors) return new EmitResult(false, _diagnostics.ToSortedList());
        try
        {
            var name = AssemblyName();
            LargeStackThread.Run(() =>
            {
                ScriptAssemblyBuilder.Build(name, _modules, _options.Mode, peStream, pdbStream, pdbPath ?? name + ".pdb", CachePrefix(name), _diagnostics, _options.CountCacheAccesses);
                return 0;
            });
        }
        catch (NestingTooDeepException e)
        {
            _diagnostics.NestingTooDeep(e.Span);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _diagnostics.Error(ErrorCode.InternalError, SourceSpan.None(_entry.Path), $"internal compiler error while emitting: {e.GetType().Name}: {e.Message}");
        }
        return new EmitResult(!_diagnostics.HasErrors, _diagnostics.ToSortedList());
    }

    private string AssemblyName()
    {
        var name = _options.AssemblyName ?? Path.GetFileNameWithoutExtension(_entry.Path);
        return string.IsNullOrWhiteSpace(name) ? "script" : name;
    }

    /// <summary>Unique per content, stable per build: keeps module caches of different scripts apart in one realm.</summary>
    private string CachePrefix(string name)
    {
        var hash = SHA256.Create();
        foreach (var m in _modules)
        {
            var bytes = Encoding.UTF8.GetBytes(m.Id + "\0" + m.Script.File.Text + "\0");
            hash.TransformBlock(bytes, 0, bytes.Length, null, 0);
        }
        hash.TransformFinalBlock([], 0, 0);
        return $"{name}#{Convert.ToHexString(hash.Hash!, 0, 8)}:";
    }

    // ---- front phases ------------------------------------------------------------------------------

    private void Analyze()
    {
        if (_analyzed) return;
        _analyzed = true;
        if (_diagnostics.HasErrors) return;
        try
        {
            LargeStackThread.Run(() =>
            {
                AnalyzeModules();
                return 0;
            });
        }
        catch (NestingTooDeepException e)
        {
            _diagnostics.NestingTooDeep(e.Span);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _diagnostics.Error(ErrorCode.InternalError, SourceSpan.None(_entry.Path), $"internal compiler error: {e.GetType().Name}: {e.Message}");
        }
    }

    private void AnalyzeModules()
    {
        var mode = _options.Mode;
        var pending = new Queue<(SourceFile File, string FullPath)>();
        var indexByFullPath = new Dictionary<string, int>(StringComparer.Ordinal);
        var entryFull = Normalize(_fullPath(_entry.Path));
        pending.Enqueue((_entry, entryFull));
        indexByFullPath[entryFull] = 0;
        var scripts = new List<(BoundScript Script, string FullPath, List<(string, int)> Requires)>();

        while (pending.Count > 0)
        {
            var (file, fullPath) = pending.Dequeue();
            var ast = JsParser.Parse(file, mode, _diagnostics);
            if (ast is null) continue;
            var bound = Binder.Bind(ast, file, mode, _diagnostics);
            if (bound is null) continue;
            var lowered = Lowerer.Lower(bound, _diagnostics);
            if (lowered is null) continue;

            var requires = new List<(string, int)>();
            foreach (var reference in lowered.Requires)
            {
                if (requires.Any(r => r.Item1 == reference.Specifier)) continue;
                var resolved = Resolve(file.Path, fullPath, reference.Specifier);
                if (resolved is null)
                {
                    _diagnostics.Error(ErrorCode.ModuleNotFound, reference.Span, $"Cannot find module '{reference.Specifier}' required from '{file.Path}'");
                    continue;
                }
                var (displayPath, full, text) = resolved.Value;
                if (!indexByFullPath.TryGetValue(full, out int index))
                {
                    index = indexByFullPath.Count;
                    indexByFullPath[full] = index;
                    // A .json module is its value (node parses it as JSON; a JSON text is also a JavaScript expression).
                    if (full.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) text = "module.exports = (" + text + "\n);";
                    pending.Enqueue((new SourceFile(displayPath, text), full));
                }
                requires.Add((reference.Specifier, index));
            }
            scripts.Add((lowered, fullPath, requires));
        }

        if (_diagnostics.HasErrors) return;
        foreach (var (script, fullPath, requires) in scripts)
        {
            var dirname = DirectoryOf(fullPath);
            _modules.Add(new EmitModule(script, fullPath, fullPath, dirname, requires));
        }
    }

    /// <summary>
    /// node's resolution for a relative specifier: X, X.js, X.json, X/index.js (relative to the requiring file).
    /// Returns the path to show in diagnostics and stack traces, the normalized full path, and the text.
    /// </summary>
    private (string Display, string Full, string Text)? Resolve(string fromDisplay, string fromFull, string specifier)
    {
        string displayDir = DirectoryOf(fromDisplay.Replace('\\', '/'));
        string fullDir = DirectoryOf(fromFull);
        foreach (var candidate in new[] { specifier, specifier + ".js", specifier + ".json", specifier.TrimEnd('/') + "/index.js" })
        {
            if (candidate.EndsWith('/')) continue;
            var display = Normalize(Combine(displayDir, candidate));
            var full = Normalize(Combine(fullDir, candidate));
            var text = _readFile(display) ?? (display == full ? null : _readFile(full));
            if (text is not null) return (display, full, text);
        }
        return null;
    }

    private static string Combine(string dir, string relative) =>
        dir.Length == 0 ? relative : dir.EndsWith('/') ? dir + relative : dir + "/" + relative;

    private static string DirectoryOf(string path)
    {
        path = path.Replace('\\', '/');
        int slash = path.LastIndexOf('/');
        return slash < 0 ? "" : slash == 0 ? "/" : path[..slash];
    }

    /// <summary>Collapses "." and ".." segments and uses '/' separators.</summary>
    private static string Normalize(string path)
    {
        path = path.Replace('\\', '/');
        bool rooted = path.StartsWith('/');
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".") continue;
            if (segment == ".." && parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1);
            else parts.Add(segment);
        }
        var joined = string.Join('/', parts);
        return rooted ? "/" + joined : joined;
    }
}
