// The conformance corpus: every case under cases/ is compiled and run twice — in memory and through a
// saved .dll + .pdb — and its stdout must equal the node-generated .expected file byte for byte.
// Cases listed in known-failures.txt (with a reason) are expected to fail; if one starts passing, the test
// says so, so that the list only shrinks.
using System.Runtime.CompilerServices;
using Oden.Compiler;
using Oden.TestUtilities;

namespace Oden.Conformance.Tests;

public class ConformanceTests
{
    private static readonly string s_root = FindCasesRoot();
    private static readonly Dictionary<string, string> s_knownFailures = LoadKnownFailures();

    private static string FindCasesRoot([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "cases");

    private static Dictionary<string, string> LoadKnownFailures()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string file = Path.Combine(Path.GetDirectoryName(s_root)!, "known-failures.txt");
        if (!File.Exists(file)) return result;
        foreach (string raw in File.ReadAllLines(file))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int hash = line.IndexOf('#');
            string path = (hash < 0 ? line : line[..hash]).Trim();
            result[path] = hash < 0 ? "" : line[(hash + 1)..].Trim();
        }

        return result;
    }

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(s_root, "*.js", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            string rel = Path.GetRelativePath(s_root, file).Replace('\\', '/');
            if (rel.StartsWith("modules/", StringComparison.Ordinal) && Path.GetFileName(file) != "main.js") continue;
            // A multi-file program (programs/<case>/main.js plus helper modules) has main.js as its only entry.
            if (rel.StartsWith("programs/", StringComparison.Ordinal) && rel.Count(c => c == '/') >= 2 && rel.Split('/') is not [_, _, "main.js"]) continue;
            data.Add(rel);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_InMemory_MatchesNode(string relativePath) => Check(relativePath, throughDll: false);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_ThroughSavedDll_MatchesNode(string relativePath) => Check(relativePath, throughDll: true);

    private static void Check(string relativePath, bool throughDll)
    {
        string path = Path.Combine(s_root, relativePath);
        string expected = File.ReadAllText(Path.ChangeExtension(path, ".expected"));
        ScriptMode mode = File.ReadLines(path).FirstOrDefault()?.Trim() == "// mode: script" ? ScriptMode.ClassicScript : ScriptMode.CommonJsModule;

        string? dll = null;
        if (throughDll)
        {
            string dir = Path.Combine(Path.GetTempPath(), "oden-conformance", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            dll = Path.Combine(dir, Path.GetFileNameWithoutExtension(path) + ".dll");
        }

        RunResult result;
        try
        {
            result = JsRunner.RunFile(path, mode, dll);
        }
        finally
        {
            if (dll is not null)
            {
                try { Directory.Delete(Path.GetDirectoryName(dll)!, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }

        bool passed = result.Compiled && result.UncaughtError is null && result.Stdout == expected;
        if (s_knownFailures.TryGetValue(relativePath, out string? reason))
        {
            Assert.False(passed, $"{relativePath} passes now: remove it from known-failures.txt ({reason}).");
            return;
        }

        Assert.True(passed, $"{relativePath}\n--- expected ---\n{expected}--- actual ---\n{result.Describe()}");
    }
}
