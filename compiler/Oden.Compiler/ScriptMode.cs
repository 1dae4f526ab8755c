namespace Oden.Compiler;

/// <summary>How a source file's top level is understood.</summary>
public enum ScriptMode
{
    /// <summary>
    /// A CommonJS module, as node runs a .js file: the body of a function of (exports, require, module,
    /// __filename, __dirname); top-level declarations are locals of that function, `this` is
    /// module.exports, and a top-level `return` is allowed.
    /// </summary>
    CommonJsModule,

    /// <summary>
    /// A classic script (`odenc run --script`): top-level var and function declarations become
    /// properties of the global object and `this` is the global object.
    /// </summary>
    ClassicScript,
}
