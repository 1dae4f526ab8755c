// Snapshot files: Snapshots/<file>.txt holds one section per test, "=== name ===" then the text.
// A mismatch fails with both texts; ODEN_UPDATE_SNAPSHOTS=1 rewrites the section instead (review the
// diff before committing). Sections are kept sorted by name so that concurrent tests write stably.
using System.Runtime.CompilerServices;
using System.Text;

namespace Oden.Compiler.Tests.TestSupport;

internal static class Snapshot
{
    private static readonly object s_lock = new();

    public static void Match(string file, string section, string actual, [CallerFilePath] string callerPath = "")
    {
        actual = Normalize(actual);
        var path = Path.Combine(FindTestProjectDirectory(callerPath), "Snapshots", file + ".txt");
        lock (s_lock)
        {
            var sections = File.Exists(path) ? Read(File.ReadAllText(path)) : new SortedDictionary<string, string>(StringComparer.Ordinal);
            if (Environment.GetEnvironmentVariable("ODEN_UPDATE_SNAPSHOTS") == "1")
            {
                sections[section] = actual;
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, Write(sections));
                return;
            }
            if (!sections.TryGetValue(section, out var expected))
                Assert.Fail($"No snapshot section '{section}' in {path}; run with ODEN_UPDATE_SNAPSHOTS=1.\nActual:\n{actual}");
            Assert.Equal(expected, actual);
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd() + "\n";

    private static string FindTestProjectDirectory(string callerPath)
    {
        var dir = Path.GetDirectoryName(callerPath);
        while (dir is not null && !File.Exists(Path.Combine(dir, "Oden.Compiler.Tests.csproj")))
            dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("cannot find the test project directory from " + callerPath);
    }

    private static SortedDictionary<string, string> Read(string text)
    {
        var sections = new SortedDictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        var body = new StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal) && line.EndsWith(" ===", StringComparison.Ordinal))
            {
                if (name is not null) sections[name] = Normalize(body.ToString());
                name = line[4..^4];
                body.Clear();
            }
            else if (name is not null)
            {
                body.Append(line).Append('\n');
            }
        }
        if (name is not null) sections[name] = Normalize(body.ToString());
        return sections;
    }

    private static string Write(SortedDictionary<string, string> sections)
    {
        var sb = new StringBuilder();
        foreach (var (name, body) in sections)
        {
            sb.Append("=== ").Append(name).Append(" ===\n").Append(body).Append('\n');
        }
        return sb.ToString();
    }
}
