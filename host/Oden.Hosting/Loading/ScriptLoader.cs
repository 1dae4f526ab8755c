// Compiles (.js) or loads (.dll) one handler version into its own collectible ScriptLoadContext, and finds
// its entry once (a delegate cached for the version's lifetime: no reflection per request or per realm).
// Failures are data (a LoadResult with the diagnostics text), never exceptions: a failed reload keeps the
// old version serving.
using System.Diagnostics;
using System.Reflection;
using Oden.Compiler;
using Oden.Runtime;
using Oden.Runtime.CompilerServices;
using Oden.Runtime.Loading;

namespace Oden.Hosting.Loading;

internal sealed class LoadedScript(ScriptLoadContext context, Func<Realm, JsValue> entry, IReadOnlyList<string> files, double milliseconds)
{
    public ScriptLoadContext Context { get; } = context;

    public Func<Realm, JsValue> Entry { get; } = entry;

    /// <summary>Every file the version was built from (the entry and each required module), full paths.</summary>
    public IReadOnlyList<string> Files { get; } = files;

    public double Milliseconds { get; } = milliseconds;
}

internal sealed record LoadResult(LoadedScript? Script, string? Error, IReadOnlyList<string> Files);

internal static class ScriptLoader
{
    /// <summary>Compiles or loads <paramref name="source"/>; <paramref name="mode"/> applies to JavaScript (an assembly carries its own).</summary>
    public static LoadResult Load(OdenHandlerSource source, string name, ScriptMode mode = ScriptMode.CommonJsModule, bool countCacheAccesses = false)
    {
        var stopwatch = Stopwatch.StartNew();
        byte[] pe;
        byte[]? pdb;
        var files = new List<string>();
        if (source.IsAssembly)
        {
            files.Add(source.Path);
            try
            {
                pe = source.Assembly ?? File.ReadAllBytes(source.Path);
                string pdbPath = Path.ChangeExtension(source.Path, ".pdb");
                pdb = source.Assembly is not null ? source.Pdb : File.Exists(pdbPath) ? File.ReadAllBytes(pdbPath) : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new LoadResult(null, $"{source.Path}: error ODN0001: cannot read the assembly: {e.Message}", files);
            }
        }
        else
        {
            var options = new CompilationOptions { AssemblyName = name, Mode = mode, CountCacheAccesses = countCacheAccesses };
            OdenCompilation compilation = source.JavaScript is { } text
                ? OdenCompilation.Create(new SourceFile(source.Path, text), options, ReadIfExists)
                : OdenCompilation.Create(source.Path, options);
            using var peStream = new MemoryStream();
            using var pdbStream = new MemoryStream();
            EmitResult result = compilation.Emit(peStream, pdbStream);
            files.AddRange(SourcePaths(compilation, source.Path));
            if (!result.Success)
            {
                return new LoadResult(null, string.Join("\n", DiagnosticFormatter.Format(result.Diagnostics.Where(d => d.IsError), compilation)), files);
            }

            pe = peStream.ToArray();
            pdb = pdbStream.ToArray();
        }

        var context = new ScriptLoadContext($"oden:{name}");
        try
        {
            Assembly assembly = context.LoadScript(new MemoryStream(pe), pdb is null ? null : new MemoryStream(pdb));
            OdenScriptAttribute attribute = ScriptAssembly.Describe(assembly); // refuses another runtime ABI
            MethodInfo run = attribute.EntryType.GetMethod("Run", BindingFlags.Public | BindingFlags.Static, [typeof(Realm)])
                ?? throw new InvalidOperationException($"{attribute.EntryType.FullName} has no public static Run(Realm) method.");
            var entry = run.CreateDelegate<Func<Realm, JsValue>>();
            return new LoadResult(new LoadedScript(context, entry, files, stopwatch.Elapsed.TotalMilliseconds), null, files);
        }
        catch (Exception e) when (e is InvalidOperationException or BadImageFormatException or FileLoadException)
        {
            context.Unload();
            return new LoadResult(null, $"{source.Path}: error ODN0002: {e.Message}", files);
        }
    }

    private static string? ReadIfExists(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static IEnumerable<string> SourcePaths(OdenCompilation compilation, string entry)
    {
        yield return entry;
        IReadOnlyList<SourceFile> sources;
        try
        {
            sources = compilation.SourceFiles;
        }
        catch (Exception)
        {
            yield break;
        }

        foreach (SourceFile f in sources.Skip(1))
        {
            yield return Path.GetFullPath(f.Path);
        }
    }
}
