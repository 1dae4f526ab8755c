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
            // Parse import/export anywhere so that the feature gate can say "use require()" at the
            // right place instead of a bare "Unexpected token".
            AllowImportExportEverywhere = true,
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
}
