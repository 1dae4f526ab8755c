using Oden.Compiler.Tests.TestSupport;

namespace Oden.Compiler.Tests.EndToEnd;

public sealed class ModuleTests
{
    private static string Run(string main, params (string Path, string Text)[] files)
    {
        var map = files.ToDictionary(f => f.Path, f => f.Text);
        var result = JsRunner.Run(main, files: map, path: "/app/main.js");
        Assert.True(result.Compiled, string.Join("\n", result.Diagnostics));
        Assert.True(result.Error is null, result.Error + "\n" + result.Output);
        return result.Output.TrimEnd('\n');
    }

    [Fact]
    public void Require_RelativeFile_IsCompiledIn()
    {
        var output = Run("var m = require('./math'); console.log(m.add(2, 3));",
            ("/app/math.js", "exports.add = function (a, b) { return a + b; };"));
        Assert.Equal("5", output);
    }

    [Fact]
    public void Require_ModuleExportsReplaced_ReturnsNewValue()
    {
        var output = Run("var f = require('./f.js'); console.log(typeof f, f());",
            ("/app/f.js", "module.exports = function () { return 'called'; };"));
        Assert.Equal("function called", output);
    }

    [Fact]
    public void Require_Twice_RunsBodyOnce()
    {
        var output = Run("var a = require('./counter'); var b = require('./counter'); console.log(a === b, a.loads);",
            ("/app/counter.js", "exports.loads = (exports.loads || 0) + 1; console.log('loading');"));
        Assert.Equal("loading\ntrue 1", output);
    }

    [Fact]
    public void Require_DirectoryAndParentPaths_Resolve()
    {
        var output = Run("console.log(require('./lib').name, require('./lib/util/deep').name);",
            ("/app/lib/index.js", "exports.name = 'lib/index';"),
            ("/app/lib/util/deep.js", "exports.name = require('../index').name + ' via deep';"));
        Assert.Equal("lib/index lib/index via deep", output);
    }

    [Fact]
    public void Require_Cycle_SeesPartialExports()
    {
        var output = Run("var a = require('./a'); console.log('main', a.done, a.bSawA);",
            ("/app/a.js", "exports.done = false; var b = require('./b'); exports.bSawA = b.sawADone; exports.done = true;"),
            ("/app/b.js", "var a = require('./a'); exports.sawADone = a.done;"));
        Assert.Equal("main true false", output);
    }

    [Fact]
    public void Require_Main_IsEntryModule()
    {
        var output = Run("console.log(require.main === module, require('./m').isMain);",
            ("/app/m.js", "exports.isMain = require.main === module;"));
        Assert.Equal("true false", output);
    }

    [Fact]
    public void Require_ThrowingModule_PropagatesAndIsNotCached()
    {
        var output = Run(
            "for (var i = 0; i < 2; i++) { try { require('./bad'); } catch (e) { console.log(e.message); } }",
            ("/app/bad.js", "console.log('evaluating'); throw new Error('bad module');"));
        Assert.Equal("evaluating\nbad module\nevaluating\nbad module", output);
    }

    [Fact]
    public void Require_FilenameAndDirname_AreAbsolute()
    {
        var output = Run("console.log(__filename, __dirname, require('./sub/x').f);",
            ("/app/sub/x.js", "exports.f = __filename;"));
        Assert.Equal("/app/main.js /app /app/sub/x.js", output);
    }

    [Fact]
    public void Require_UnknownSpecifierAtRunTime_ThrowsModuleNotFound()
    {
        var output = Run("var name = 'fs'; try { require(name); } catch (e) { console.log(e.message, e.code); }");
        Assert.Equal("Cannot find module 'fs' MODULE_NOT_FOUND", output);
    }

    [Fact]
    public void Require_JsonFile_IsItsValue()
    {
        var output = Run("var c = require('./config.json'); console.log(c.name, c.list[1], require('./config') === c);",
            ("/app/config.json", "{ \"name\": \"oden\", \"list\": [1, 2] }"));
        Assert.Equal("oden 2 true", output);
    }

    [Fact]
    public void Require_MissingRelativeFile_IsCompileError()
    {
        var result = JsRunner.Run("require('./nope');", path: "/app/main.js");
        Assert.False(result.Compiled);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("ODN1005", d.Id);
        Assert.Equal(1, d.Span.StartLine);
        Assert.Equal(9, d.Span.StartColumn);
    }

    [Fact]
    public void Require_ErrorInModule_ReportsItsFile()
    {
        var result = JsRunner.Run("require('./broken');", files: new Dictionary<string, string> { ["/app/broken.js"] = "var x = ;" }, path: "/app/main.js");
        Assert.False(result.Compiled);
        Assert.Equal("/app/broken.js:1:9: error ODN1001: SyntaxError: Unexpected token ';'", Assert.Single(result.Diagnostics).ToString());
    }
}
