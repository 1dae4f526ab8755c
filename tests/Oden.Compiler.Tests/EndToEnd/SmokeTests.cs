using Oden.Compiler.Tests.TestSupport;

namespace Oden.Compiler.Tests.EndToEnd;

public sealed class SmokeTests
{
    [Fact]
    public void HelloWorld_Prints()
    {
        var result = JsRunner.Run("console.log('hello', 1 + 2);");
        Assert.True(result.Compiled, string.Join("\n", result.Diagnostics));
        Assert.Null(result.Error);
        Assert.Equal("hello 3\n", result.Output);
    }
}
