// Parsing: source text → Acornima ESTree, then the feature gate. Never throws: syntax errors become
// ODN1001, stack exhaustion inside Acornima (it guards itself with InsufficientExecutionStackException)
// becomes ODN1004, and any other parser failure becomes ODN9001 rather than escaping to the caller.
// Acornima reports nearly all of ECMAScript's early errors itself (duplicate lexical declarations,
// invalid break/continue/labels, strict-mode eval/arguments/delete/octal/with, duplicate strict
// parameters, ...); the binder adds only what it cannot see.
using Acornima;
using Acornima.Ast;
using Oden.Compiler.Diagnostics;

namespace Oden.Compiler.Parsing;

internal static class JsParser
{
    public static Script? Parse(SourceFile file, ScriptMode mode, DiagnosticBag diagnostics)
    {
        var options = new ParserOptions
        {
            EcmaVersion = EcmaVersion.Latest,
            AllowHashBang = true,
            // node wraps a CommonJS module in a function, so `return` at its top level is legal.
            AllowReturnOutsideFunction = mode == ScriptMode.CommonJsModule,
            // A CommonJS module body is a function: new.target there is undefined, as in node.
            AllowNewTargetOutsideFunction = mode == ScriptMode.CommonJsModule,
            // import/export declarations are SyntaxErrors in a script; ModuleSyntaxError below turns
            // them into ODN1003 "use require()". (AllowImportExportEverywhere would let the feature gate
            // see them, but Acornima then crashes on `export { x }` outside a module.)
            // RegExpParseMode keeps its default, Validate: invalid patterns are SyntaxErrors here.
        };

        Script script;
        try
        {
            script = new Parser(options).ParseScript(file.Text, file.Path);
        }
        catch (ParseErrorException e)
        {
            var span = new SourceSpan(file.Path, Math.Max(e.LineNumber, 1), e.Column + 1, Math.Max(e.LineNumber, 1), e.Column + 2);
            var (moduleMessage, back) = ModuleSyntaxError(file.Text, e.Error?.Index ?? -1);
            if (moduleMessage is not null)
                diagnostics.Error(ErrorCode.ModuleSyntax, span with { StartColumn = span.StartColumn - back, EndColumn = span.EndColumn - back }, "SyntaxError: " + moduleMessage);
            else
                diagnostics.SyntaxError(span, e.Description ?? e.Message);
            return null;
        }
        catch (InsufficientExecutionStackException)
        {
            diagnostics.NestingTooDeep(new SourceSpan(file.Path, 1, 1, 1, 1));
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Error(ErrorCode.InternalError, new SourceSpan(file.Path, 1, 1, 1, 1), "internal error in the parser: " + e.Message);
            return null;
        }

        return FeatureGate.Check(script, file.Path, diagnostics) ? script : null;
    }

    /// <summary>
    /// The ODN1003 message when a syntax error is ES module syntax at <paramref name="index"/>, and how
    /// many characters before the error position the `import`/`export` keyword starts (`import.meta`
    /// fails at `meta`).
    /// </summary>
    private static (string? Message, int Back) ModuleSyntaxError(string text, int index)
    {
        if (index < 0 || index >= text.Length) return (null, 0);
        var rest = text.AsSpan(index);
        if (StartsWithKeyword(rest, "import")) return ("'import' declarations are not supported; use require()", 0);
        if (StartsWithKeyword(rest, "export")) return ("'export' declarations are not supported; assign to module.exports", 0);
        if (StartsWithKeyword(rest, "meta"))
        {
            int i = index - 1;
            while (i >= 0 && text[i] is ' ' or '\t') i--;
            if (i >= 0 && text[i] == '.')
            {
                i--;
                while (i >= 0 && text[i] is ' ' or '\t') i--;
                if (i >= 5 && text.AsSpan(i - 5, 6).SequenceEqual("import"))
                    return ("'import.meta' is not supported; use __filename and __dirname", index - (i - 5));
            }
        }
        return (null, 0);
    }

    private static bool StartsWithKeyword(ReadOnlySpan<char> text, string keyword) =>
        text.StartsWith(keyword, StringComparison.Ordinal)
        && (text.Length == keyword.Length || !(char.IsLetterOrDigit(text[keyword.Length]) || text[keyword.Length] is '_' or '$'));
}
