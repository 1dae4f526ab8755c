// Prints a bound tree as JavaScript-like text for snapshot tests and debugging. Not a code generator:
// the output shows what the tree means (resolved scopes, captures, TDZ checks, lowered jumps) and is
// stable (labels and temporaries are numbered in order of appearance, per print).
using System.Text;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.BoundTree;

public sealed partial class BoundTreePrinter
{
    private readonly StringBuilder _out = new();
    private readonly Dictionary<LabelSymbol, string> _labels = new();
    private readonly Dictionary<VariableSymbol, string> _temps = new();
    private int _indent;

    private BoundTreePrinter() { }

    public static string Print(BoundNode node)
    {
        var p = new BoundTreePrinter();
        switch (node)
        {
            case BoundStatement s: p.Statement(s); break;
            case BoundExpression e: p.Expression(e); break;
        }
        return p._out.ToString().TrimEnd() + "\n";
    }

    public static string Print(BoundFunction function)
    {
        var p = new BoundTreePrinter();
        p.Function(function);
        return p._out.ToString().TrimEnd() + "\n";
    }

    public static string Print(BoundScript script)
    {
        var p = new BoundTreePrinter();
        if (script.GlobalVarNames.Length > 0) p.Line("// global vars: " + string.Join(", ", script.GlobalVarNames));
        foreach (var r in script.Requires) p.Line($"// requires {ConstantValue.Quote(r.Specifier)}");
        p.Function(script.TopLevel);
        return p._out.ToString().TrimEnd() + "\n";
    }

    // ---- helpers ----

    private void Write(string text) => _out.Append(text);

    private void Line(string text)
    {
        _out.Append(' ', _indent * 2).Append(text).Append('\n');
    }

    private void StartLine() => _out.Append(' ', _indent * 2);

    private string Label(LabelSymbol label)
    {
        if (!_labels.TryGetValue(label, out var name))
            _labels[label] = name = $"{label.Name}_{_labels.Count + 1}";
        return name;
    }

    private string Name(VariableSymbol symbol)
    {
        if (symbol.Kind != VariableKind.Temp) return symbol.Name;
        if (!_temps.TryGetValue(symbol, out var name))
            _temps[symbol] = name = $"${symbol.Name}{_temps.Count + 1}";
        return name;
    }

    private string Describe(VariableSymbol v)
    {
        var kind = v.Kind switch
        {
            VariableKind.Var => "var ",
            VariableKind.Let => "let ",
            VariableKind.Const => "const ",
            VariableKind.Parameter => "param ",
            VariableKind.FunctionDeclaration => "function ",
            VariableKind.BlockFunction => "function ",
            VariableKind.CatchParameter => "catch ",
            VariableKind.FunctionSelfName => "self ",
            VariableKind.Arguments => "",
            VariableKind.This => "",
            VariableKind.Temp => "temp ",
            VariableKind.NewTarget => "",
            _ => "",
        };
        var text = kind + Name(v);
        if (v.Type != StorageType.Value) text += ": " + v.Type;
        if (v.IsCaptured) text += " (captured)";
        return text;
    }

    private void ScopeComment(Scope? scope)
    {
        var variables = scope?.Variables.Where(v => v.Kind != VariableKind.FunctionSelfName || v.IsReferenced).ToList();
        if (scope is null || variables!.Count == 0) return;
        Line($"// {scope.Kind} scope{(scope.NeedsEnvironment ? " [env]" : "")}: {string.Join(", ", variables.Select(Describe))}");
    }

    // ---- functions ----

    private void Function(BoundFunction function)
    {
        var f = function.Symbol;
        var flags = new List<string>();
        if (f.IsStrict) flags.Add("strict");
        if (f.HasMappedArguments) flags.Add("mapped arguments");
        var kind = f.Kind switch
        {
            FunctionKind.Arrow => "arrow",
            FunctionKind.Method => "method",
            FunctionKind.Getter => "getter",
            FunctionKind.Setter => "setter",
            FunctionKind.Module => "module",
            FunctionKind.Script => "script",
            FunctionKind.ClassConstructor => "constructor",
            FunctionKind.DerivedConstructor => "derived constructor",
            _ => "function",
        };
        Write($"{kind} {f.Name}({string.Join(", ", f.Parameters.Select(Name))}){(flags.Count > 0 ? " [" + string.Join(", ", flags) + "]" : "")} ");
        Block(function.Body);
    }

    private void Block(BoundBlock block)
    {
        Write("{\n");
        _indent++;
        ScopeComment(block.Scope);
        foreach (var s in block.Statements) Statement(s);
        _indent--;
        StartLine();
        Write("}");
    }

    // ---- statements ----

    private void Statement(BoundStatement node)
    {
        NestingTooDeepException.EnsureStack(node.Span);
        switch (node)
        {
            case BoundBlock n:
                StartLine(); Block(n); Write("\n");
                break;
            case BoundStatementList n:
                foreach (var s in n.Statements) Statement(s);
                break;
            case BoundExpressionStatement n:
                StartLine(); Expression(n.Expression); Write(";\n");
                break;
            case BoundVariableDeclaration n:
                StartLine();
                Write($"{(n.Symbol.Kind == VariableKind.Const ? "const" : n.Symbol.Kind == VariableKind.Let ? "let" : "init")} {Name(n.Symbol)}");
                if (n.Initializer is not null) { Write(" = "); Expression(n.Initializer); }
                Write(";\n");
                break;
            case BoundFunctionDeclaration n:
                StartLine();
                Write(n.Symbol is null ? "global " : Name(n.Symbol) + " = ");
                Function(n.Function);
                Write("\n");
                break;
            case BoundIf n:
                StartLine(); Write("if ("); Expression(n.Test); Write(")\n");
                Nested(n.Then);
                if (n.Else is not null) { Line("else"); Nested(n.Else); }
                break;
            case BoundWhile n:
                StartLine(); Write($"while ("); Expression(n.Test); Write($") [break {Label(n.Labels.Break)}, continue {Label(n.Labels.Continue)}]\n");
                Nested(n.Body);
                break;
            case BoundDoWhile n:
                Line($"do [break {Label(n.Labels.Break)}, continue {Label(n.Labels.Continue)}]");
                Nested(n.Body);
                StartLine(); Write("while ("); Expression(n.Test); Write(");\n");
                break;
            case BoundFor n:
                ScopeComment(n.Scope);
                Line($"for [break {Label(n.Labels.Break)}, continue {Label(n.Labels.Continue)}]");
                _indent++;
                if (n.Initializer is not null) { Line("init:"); Nested(n.Initializer); }
                if (n.Test is not null) { StartLine(); Write("test: "); Expression(n.Test); Write("\n"); }
                if (n.Increment is not null) { StartLine(); Write("update: "); Expression(n.Increment); Write("\n"); }
                _indent--;
                Nested(n.Body);
                break;
            case BoundForEach n:
                ScopeComment(n.IterationScope);
                StartLine();
                Write(n is BoundForIn ? "for (" : "for (");
                Expression(n.Target);
                Write(n is BoundForIn ? " in " : " of ");
                Expression(n.Expression);
                Write($") [break {Label(n.Labels.Break)}, continue {Label(n.Labels.Continue)}]\n");
                Nested(n.Body);
                break;
            case BoundLabeled n:
                Line($"labeled [break {Label(n.BreakLabel)}]");
                Nested(n.Body);
                break;
            case BoundSwitch n:
                StartLine(); Write("switch ("); Expression(n.Expression); Write($") [break {Label(n.BreakLabel)}] {{\n");
                _indent++;
                foreach (var c in n.Cases)
                {
                    if (c.Test is null) Line("default:");
                    else { StartLine(); Write("case "); Expression(c.Test); Write(":\n"); }
                    _indent++;
                    foreach (var s in c.Statements) Statement(s);
                    _indent--;
                }
                _indent--;
                Line("}");
                break;
            case BoundReturn n:
                StartLine(); Write("return");
                if (n.Expression is not null) { Write(" "); Expression(n.Expression); }
                Write(";\n");
                break;
            case BoundThrow n:
                StartLine(); Write("throw "); Expression(n.Expression); Write(";\n");
                break;
            case BoundTry n:
                StartLine(); Write("try "); Block(n.TryBlock); Write("\n");
                if (n.CatchClause is { } clause)
                {
                    StartLine();
                    Write("catch");
                    var parts = new List<string>();
                    if (clause.Parameter is not null) parts.Add(Name(clause.Parameter));
                    if (clause.ExceptionLocal is not null) parts.Add("exception -> " + Name(clause.ExceptionLocal));
                    if (parts.Count > 0) Write(" (" + string.Join(", ", parts) + ")");
                    Write(" ");
                    if (clause.Scope is not null && clause.Scope.Variables.Count > 0)
                    {
                        Write("{\n");
                        _indent++;
                        ScopeComment(clause.Scope);
                        StartLine(); Block(clause.Body); Write("\n");
                        _indent--;
                        StartLine(); Write("}");
                    }
                    else
                    {
                        Block(clause.Body);
                    }
                    Write("\n");
                }
                if (n.FinallyBlock is not null) { StartLine(); Write("finally "); Block(n.FinallyBlock); Write("\n"); }
                break;
            case BoundEmpty:
                Line(";");
                break;
            case BoundDebugger:
                Line("debugger;");
                break;
            case BoundLabelStatement n:
                _indent--; Line(Label(n.Label) + ":"); _indent++;
                break;
            case BoundGoto n:
                Line($"goto {Label(n.Label)};");
                break;
            case BoundConditionalGoto n:
                StartLine(); Write(n.JumpIfTrue ? "if (" : "if (!("); Expression(n.Condition); Write(n.JumpIfTrue ? ")" : "))"); Write($" goto {Label(n.Label)};\n");
                break;
            case BoundIntSwitch n:
                StartLine(); Write("switch ("); Expression(n.Selector); Write($") goto [{string.Join(", ", n.Targets.Select(Label))}];\n");
                break;
            case BoundInterruptCheck:
                Line("interrupt_check;");
                break;
            case BoundCreatePerIterationEnvironment n:
                Line($"copy_iteration_env({string.Join(", ", n.Scope.Variables.Select(Name))});");
                break;
            case BoundRethrow:
                Line("rethrow;");
                break;
            default:
                Line($"<{node.Kind}>");
                break;
        }
    }

    private void Nested(BoundStatement statement)
    {
        if (statement is BoundBlock b)
        {
            StartLine(); Block(b); Write("\n");
        }
        else
        {
            _indent++;
            Statement(statement);
            _indent--;
        }
    }

    // ---- expressions ----

    private void Operand(BoundExpression e)
    {
        bool simple = e is BoundLiteral or BoundVariable or BoundGlobal or BoundMember or BoundIndex or BoundCall or BoundNew
            or BoundArrayLiteral or BoundObjectLiteral or BoundRegExpLiteral or BoundTemplateLiteral or BoundIntrinsic
            or BoundToStringConversion or BoundToNumericConversion or BoundToPropertyKeyConversion or BoundStringConcat;
        if (!simple) Write("(");
        Expression(e);
        if (!simple) Write(")");
    }

    private void Arguments(IEnumerable<BoundExpression> args)
    {
        Write("(");
        bool first = true;
        foreach (var a in args)
        {
            if (!first) Write(", ");
            first = false;
            Expression(a);
        }
        Write(")");
    }

    private void Expression(BoundExpression node)
    {
        NestingTooDeepException.EnsureStack(node.Span);
        switch (node)
        {
            case BoundLiteral n: Write(n.Value.ToString()); break;
            case BoundRegExpLiteral n: Write($"/{n.Pattern}/{n.Flags}"); break;
            case BoundTemplateLiteral n:
                Write("`");
                for (int i = 0; i < n.Quasis.Length; i++)
                {
                    Write(n.Quasis[i].Replace("`", "\\`"));
                    if (i < n.Expressions.Length) { Write("${"); Expression(n.Expressions[i]); Write("}"); }
                }
                Write("`");
                break;
            case BoundVariable n:
                Write(n.NeedsTdzCheck ? $"tdz({Name(n.Symbol)})" : Name(n.Symbol));
                break;
            case BoundGlobal n: Write("global." + n.Name); break;
            case BoundMember n: Operand(n.Receiver); Write("." + n.Name); break;
            case BoundIndex n: Operand(n.Receiver); Write("["); Expression(n.Key); Write("]"); break;
            case BoundAssignment n: Expression(n.Target); Write(" = "); Expression(n.Value); break;
            case BoundCompoundAssignment n: Expression(n.Target); Write($" {n.Operator.ToText()}= "); Expression(n.Value); break;
            case BoundUpdate n:
                var op = n.IsIncrement ? "++" : "--";
                if (n.IsPrefix) { Write(op); Operand(n.Target); } else { Operand(n.Target); Write(op); }
                break;
            case BoundUnary n: Write(n.Operator.ToText()); Operand(n.Operand); break;
            case BoundDelete n: Write("delete "); Operand(n.Operand); break;
            case BoundBinary n: Operand(n.Left); Write($" {n.Operator.ToText()} "); Operand(n.Right); break;
            case BoundLogical n: Operand(n.Left); Write(n.IsAnd ? " && " : " || "); Operand(n.Right); break;
            case BoundConditional n: Operand(n.Test); Write(" ? "); Operand(n.WhenTrue); Write(" : "); Operand(n.WhenFalse); break;
            case BoundSequence n:
                if (n.Locals.Length > 0) Write("{" + string.Join(", ", n.Locals.Select(Name)) + "} ");
                Write("(");
                foreach (var e in n.SideEffects) { Expression(e); Write(", "); }
                Expression(n.Value);
                Write(")");
                break;
            case BoundCall n: Operand(n.Callee); Arguments(n.Arguments); break;
            case BoundNew n: Write("new "); Operand(n.Callee); Arguments(n.Arguments); break;
            case BoundFunctionExpression n:
                // Nested functions print inline, indented from the current line.
                Function(n.Function);
                break;
            case BoundArrayLiteral n:
                Write("[");
                for (int i = 0; i < n.Elements.Length; i++)
                {
                    if (i > 0) Write(", ");
                    if (n.Elements[i] is { } e) Expression(e); else Write("<hole>");
                }
                Write("]");
                break;
            case BoundObjectLiteral n:
                Write("{");
                for (int i = 0; i < n.Properties.Length; i++)
                {
                    var p = n.Properties[i];
                    Write(i == 0 ? " " : ", ");
                    if (p.PropertyKind == ObjectPropertyKind.Spread) { Write("..."); Expression(p.Value); continue; }
                    if (p.PropertyKind == ObjectPropertyKind.Getter) Write("get ");
                    if (p.PropertyKind == ObjectPropertyKind.Setter) Write("set ");
                    if (p.PropertyKind == ObjectPropertyKind.Prototype) Write("[[Prototype]]");
                    else if (p.ComputedKey is not null) { Write("["); Expression(p.ComputedKey); Write("]"); }
                    else Write(ConstantValue.Quote(p.Name!));
                    Write(": ");
                    Expression(p.Value);
                }
                Write(n.Properties.Length > 0 ? " }" : "}");
                break;
            case BoundToStringConversion n: Write("ToString("); Expression(n.Operand); Write(")"); break;
            case BoundToNumericConversion n: Write("ToNumeric("); Expression(n.Operand); Write(")"); break;
            case BoundToPropertyKeyConversion n: Write("ToPropertyKey("); Expression(n.Operand); Write(")"); break;
            case BoundStringConcat n: Write("concat"); Arguments(n.Parts); break;
            case BoundIntrinsic n: Write(n.Intrinsic.ToString()); Arguments(n.Arguments); break;
            case BoundDynamicName n:
                Write("dynamic(" + n.Name + ": " + string.Join(", ", n.Steps) + " else ");
                Expression(n.Fallback);
                Write(")");
                break;
            case BoundDirectEval n: Write("directeval "); Operand(n.Callee); Arguments(n.Arguments); break;
            case BoundClass n: Class(n); break;
            case BoundSuperMember n:
                Write("super");
                if (n.Key is null) Write("." + n.Name);
                else { Write("["); Expression(n.Key); Write("]"); }
                break;
            case BoundSuperCall n: Write("super"); if (n.ForwardArguments) Write("(...arguments)"); else Arguments(n.Arguments); break;
            default: Write($"<{node.Kind}>"); break;
        }
    }
}
