// odenc as a user types it: help, compile errors with excerpts and exit codes, run with an uncaught
// error, and a compiled .dll that loads and runs.
using Oden.Cli;
using Oden.Runtime;
using Oden.Runtime.CompilerServices;
using Oden.Runtime.Loading;
using Oden.TestUtilities;

namespace Oden.Cli.Tests;

public sealed class OdencTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "odenc-tests", Guid.NewGuid().ToString("N"));

    public OdencTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Exit, string Out, string Err) Odenc(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = Program.Dispatch(args, stdout, stderr);
        return (exit, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Help_ExplainsEveryCommand()
    {
        var (exit, output, _) = Odenc("--help");
        Assert.Equal(0, exit);
        Assert.Contains("odenc <file.js> [-o <out.dll>]", output);
        Assert.Contains("odenc run [--script] [--ic-stats] <file.js>", output);
        Assert.Contains("--embed-pdb", output);
    }

    [Fact]
    public void Compile_SyntaxError_PrintsLocationExcerptAndCaret_ExitsOne()
    {
        string path = Write("bad.js", "var ok = 1;\nlet y = = 2;\n");
        var (exit, _, err) = Odenc(path, "-o", Path.Combine(_dir, "bad.dll"));
        Assert.Equal(1, exit);
        Assert.Equal($"{path}:2:9: error ODN1001: SyntaxError: Unexpected token '='\n  let y = = 2;\n          ^\n", err);
        Assert.False(File.Exists(Path.Combine(_dir, "bad.dll")));
    }

    [Fact]
    public void Compile_UnsupportedSyntax_IsNamedAtItsLocation()
    {
        string path = Write("private.js", "class A { #p() { return 1; } }\n");
        var (exit, _, err) = Odenc(path);
        Assert.Equal(1, exit);
        Assert.StartsWith($"{path}:1:11: error ODN1002:", err);
        Assert.Contains("not supported yet", err);
    }

    [Fact]
    public void Compile_WritesDllAndPdb_ThatLoadAndRun()
    {
        string lib = Write("lib/math.js", "exports.square = function (x) { return x * x; };\n");
        string main = Write("main.js", "var m = require('./lib/math');\nconsole.log(m.square(7));\nmodule.exports = m.square(3);\n");
        string dll = Path.Combine(_dir, "out", "main.dll");
        var (exit, _, err) = Odenc(main, "-o", dll);
        Assert.True(exit == 0, err);
        Assert.True(File.Exists(dll));
        Assert.True(File.Exists(Path.ChangeExtension(dll, ".pdb")));
        _ = lib;

        var result = JsRunner.Execute(File.OpenRead(dll), File.OpenRead(Path.ChangeExtension(dll, ".pdb")), [], out _);
        Assert.Equal("49\n", result.Stdout);
    }

    [Fact]
    public void Compile_EmbeddedPdb_WritesOnlyTheDll()
    {
        string main = Write("e.js", "console.log('embedded');\n");
        string dll = Path.Combine(_dir, "e.dll");
        var (exit, _, err) = Odenc(main, "-o", dll, "--embed-pdb");
        Assert.True(exit == 0, err);
        Assert.False(File.Exists(Path.ChangeExtension(dll, ".pdb")));
        var result = JsRunner.Execute(File.OpenRead(dll), null, [], out _);
        Assert.Equal("embedded\n", result.Stdout);
    }

    [Fact]
    public void Run_PrintsConsoleOutput_ExitsZero()
    {
        string path = Write("hello.js", "const who = 'world';\nconsole.log(`hello ${who}`);\nconsole.error('to stderr');\n");
        var (exit, output, err) = Odenc("run", path);
        Assert.Equal(0, exit);
        Assert.Equal("hello world\n", output);
        Assert.Equal("to stderr\n", err);
    }

    [Fact]
    public void Run_IcStats_ReportsTheStateOfEverySite()
    {
        // readX's o.x sees 6 shapes (megamorphic), readY's o.y 2 (polymorphic), the loop's p.z 1; never() stays cold.
        string path = Write("ic.js", """
            function readX(o) { return o.x; }
            function readY(o) { return o.y; }
            function never(o) { return o.w; }
            const shapes = [{ x: 1 }, { a: 0, x: 2 }, { b: 0, x: 3 }, { c: 0, x: 4 }, { d: 0, x: 5 }, { e: 0, x: 6 }];
            let sum = 0;
            for (const o of shapes) sum += readX(o);
            for (const o of [{ y: 1 }, { q: 0, y: 2 }]) sum += readY(o);
            const p = { z: 10 };
            for (let i = 0; i < 3; i++) sum += p.z;
            console.log(sum);
            """);
        var (exit, output, err) = Odenc("run", "--ic-stats", path);
        Assert.Equal(0, exit);
        Assert.Equal("54\n", output);
        // --ic-stats compiles a build whose sites count their accesses: readX's o.x (6 accesses: 4 shapes recorded, the
        // 5th miss turns it megamorphic, the 6th read is generic), readY's o.y (2 misses), p.z (1 miss, 2 hits), and
        // the console read and its log method (one miss each); never's o.w stays cold.
        Assert.Equal("inline caches: 6 sites: 1 cold, 3 monomorphic, 1 polymorphic (2-4 shapes), 1 megamorphic; "
            + "13 accesses: 2 hits (15.3846%), 10 misses, 1 generic lookups at megamorphic sites\n  megamorphic .x: 5 misses\n", err);
    }

    [Fact]
    public void Run_UncaughtError_PrintsJavaScriptStack_ExitsOne()
    {
        string path = Write("throws.js", "function fail() {\n  throw new TypeError('nope');\n}\nconsole.log('before');\nfail();\n");
        var (exit, output, err) = Odenc("run", path);
        Assert.Equal(1, exit);
        Assert.Equal("before\n", output);
        Assert.Equal($"TypeError: nope\n    at fail ({path}:2:9)\n    at {path}:5:1\n", err);
    }

    [Fact]
    public void Run_UnhandledRejection_EndsTheRunLikeAnUncaughtError()
    {
        // As node: the rejection is reported after the microtasks that could still handle it, and the
        // timer never runs. One handled late in the same turn is not reported.
        string path = Write("rejects.js",
            "var late = Promise.reject(new RangeError('handled later'));\n" +
            "Promise.resolve().then(function () { late.catch(function () { console.log('caught'); }); });\n" +
            "async function work() {\n  await null;\n  throw new TypeError('boom');\n}\n" +
            "work();\n" +
            "setTimeout(function () { console.log('never'); }, 10);\n");
        var (exit, output, err) = Odenc("run", path);
        Assert.Equal(1, exit);
        Assert.Equal("caught\n", output);
        Assert.StartsWith("TypeError: boom\n    at work (", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SyntaxError_PrintsLocationExcerptAndCaret_ExitsOne()
    {
        string path = Write("bad-run.js", "console.log('never');\nlet y = = 2;\n");
        var (exit, output, err) = Odenc("run", path);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal($"{path}:2:9: error ODN1001: SyntaxError: Unexpected token '='\n  let y = = 2;\n          ^\n", err);
    }

    [Fact]
    public void Run_EvalAndNewFunction_Work()
    {
        string path = Write("eval.js", "var x = 20;\nconsole.log(eval('x + 1'), new Function('a', 'return a * 2')(21));\n");
        var (exit, output, err) = Odenc("run", path);
        Assert.True(exit == 0, err);
        Assert.Equal("21 42\n", output);
    }

    [Fact]
    public void Run_CompiledDll_Runs()
    {
        string main = Write("dll-run.js", "console.log('from the dll');\n");
        string dll = Path.Combine(_dir, "dll-run.dll");
        Assert.Equal(0, Odenc(main, "-o", dll).Exit);
        var (exit, output, err) = Odenc("run", dll);
        Assert.True(exit == 0, err);
        Assert.Equal("from the dll\n", output);
    }

    [Fact]
    public void Run_ScriptMode_TopLevelVarsAreGlobal()
    {
        string path = Write("script.js", "var g = 1;\nfunction f() {}\nconsole.log(typeof module, this.g, typeof this.f);\n");
        var (exit, output, _) = Odenc("run", "--script", path);
        Assert.Equal(0, exit);
        Assert.Equal("undefined 1 function\n", output);
    }

    [Theory]
    [InlineData(new string[0], 2)]
    [InlineData(new[] { "--bogus", "x.js" }, 2)]
    [InlineData(new[] { "a.js", "b.js" }, 2)]
    public void BadUsage_ExitsTwo(string[] args, int expected)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit;
        try
        {
            exit = Program.Dispatch(args, stdout, stderr);
        }
        catch (UsageException)
        {
            exit = 2;
        }

        Assert.Equal(expected, exit);
    }

    [Fact]
    public void Run_MissingFile_ExitsOneWithAClearMessage()
    {
        var (exit, _, err) = Odenc("run", Path.Combine(_dir, "nope.js"));
        Assert.Equal(1, exit);
        Assert.Contains("file not found", err);
    }

    /// <summary>
    /// An app that embeds Oden with InvariantGlobalization gets no ICU: odenc run in such a process still
    /// runs, normalize leaves non-ASCII text as it is, localeCompare approximates the root order, and the
    /// rest (zone names, Turkish casing) does not depend on ICU.
    /// </summary>
    [Fact]
    public async Task Run_UnderInvariantGlobalization_FallsBackWithoutCrashing()
    {
        string path = Write("invariant.js", """
            console.log('e\u0301'.normalize().length, 'caf\u00e9'.normalize('NFD').length);
            console.log('a'.localeCompare('B'), ['b', 'a', 'B', 'A'].sort((x, y) => x.localeCompare(y)).join());
            console.log('a'.localeCompare('b', 'de', { sensitivity: 'base', numeric: true }));
            try { 'a'.localeCompare('b', 'en_US'); } catch (e) { console.log(e.constructor.name); }
            console.log('istanbul'.toLocaleUpperCase('tr'), '\u00df'.toUpperCase());
            console.log(new Date(Date.UTC(2024, 6, 14, 20)).toString());
            """);
        string odenc = typeof(Program).Assembly.Location;
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new System.Diagnostics.ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(odenc);
        start.ArgumentList.Add("run");
        start.ArgumentList.Add(path);
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        start.Environment["TZ"] = "Europe/Dublin";
        using var process = System.Diagnostics.Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(process.ExitCode == 0, stderr);
        Assert.Equal(
            "2 4\n-1 a,A,b,B\n-1\nRangeError\nİSTANBUL SS\nSun Jul 14 2024 21:00:00 GMT+0100 (Irish Standard Time)\n",
            (await stdout).ReplaceLineEndings("\n"));
    }
}
