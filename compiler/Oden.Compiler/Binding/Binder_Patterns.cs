// Destructuring patterns, in every position: declarations (var/let/const, for-in/of heads, catch
// parameters, function parameters) and assignment targets. The binder knows the context a pattern is in
// (a statement, or a value inside a larger expression), so patterns are desugared here, straight into
// ordinary bound nodes: property reads through BoundMember (so `const {a, b} = o` uses the normal
// PropertySite caches), iterator steps, conditionals for defaults, and a try/catch that closes the
// iterator when an element's target, default or nested pattern throws.
//
// const { a, b: [x, y = f()], ...rest } = obj;
// becomes
// $o = RequireObjectCoercible(obj);             TypeError for null/undefined, before any read
// const a = $o.a;
// $v = $o.b;
// $it = GetIterator($v);                        (array and string fast path in the runtime)
// try {
//   const x = IteratorStepOrUndefined($it);     undefined once the iterator is done
//   $d = IteratorStepOrUndefined($it);
//   const y = $d === undefined ? f() : $d;      defaults only for undefined; anonymous functions named
// } catch { CloseAfterThrow($it); rethrow; }    not when next() itself threw: the step marks it done
// Close($it);                                   IteratorClose when not exhausted
// const rest = ObjectRest($o, "a", "b");        own enumerable keys (and symbols) minus the listed ones
//
// In an assignment pattern a member target is evaluated before the value it receives is read
// (`[o.x] = it`: `o` first, then the step), which BoundAssignment's own order gives. Inside a larger
// expression (`f([a, b] = xs)`) the same shape is a BoundSequence, without a try of its own (IL cannot
// enter a try block with values on the evaluation stack); instead the enclosing statement is wrapped:
//   try { statement } catch { IteratorCloseIfOpen($it); rethrow; }
// $it is null until the pattern starts, and done once it has finished (closed or exhausted), so the
// handler closes it only for a throw from inside the pattern.
using System.Collections.Immutable;
using Acornima.Ast;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Diagnostics;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.Binding;

internal sealed partial class Binder
{
    /// <summary>How a pattern's leaf identifiers receive their values.</summary>
    private enum PatternMode
    {
        /// <summary>An assignment pattern: identifiers and member expressions are PutValue targets.</summary>
        Assign,
        /// <summary>A var declaration (or a parameter without expressions): assign the hoisted binding.</summary>
        DeclareVar,
        /// <summary>let/const, catch parameters, parameters with expressions: initialize the binding of the current scope.</summary>
        DeclareLexical,
    }

    /// <summary>Where the desugared pattern goes: statements (a try is allowed) or the side effects of a sequence.</summary>
    private sealed class PatternSink(bool isStatement)
    {
        public bool IsStatement { get; } = isStatement;
        public List<BoundStatement> Statements { get; } = new();
        public List<VariableSymbol> Temps { get; } = new();

        public void Add(BoundExpression e) => Statements.Add(new BoundExpressionStatement(e, e.Span));

        public void Add(BoundStatement s) => Statements.Add(s);

        public ImmutableArray<BoundExpression> SideEffects() =>
            Statements.Select(s => ((BoundExpressionStatement)s).Expression).ToImmutableArray();
    }

    /// <summary>The iterator temporaries of array patterns nested in the expressions of the statement being bound.</summary>
    private List<VariableSymbol>? _openIterators;

    /// <summary>Wraps <paramref name="statement"/> in a try that closes the iterators its nested array patterns left open by a throw.</summary>
    private BoundStatement? CloseOpenIterators(BoundStatement? statement)
    {
        if (statement is null || _openIterators is not { Count: > 0 } open) return statement;
        var span = statement.Span;
        var closes = open.Select(it => (BoundStatement)new BoundExpressionStatement(
            new BoundIntrinsic(IntrinsicKind.IteratorCloseIfOpen, [ReadTemp(it, span)], span), span));
        var onThrow = new BoundCatchClause(null, null, null, new BoundBlock(null, [.. closes, new BoundRethrow(span)], span));
        _openIterators = null;
        return new BoundTry(new BoundBlock(null, [statement], span), onThrow, null, span);
    }

    public static bool IsPattern(Node node) => node is ObjectPattern or ArrayPattern;

    /// <summary>The destructuring assignment an expression statement consists of (parentheses allowed), if any.</summary>
    private static AssignmentExpression? IsDestructuringStatement(Expression expression)
    {
        while (expression is ParenthesizedExpression p) expression = p.Expression;
        return expression is AssignmentExpression { Operator: Acornima.Operator.Assignment } assignment && IsPattern(assignment.Left) ? assignment : null;
    }

    /// <summary>The identifiers a binding pattern declares, in source order (BoundNames).</summary>
    public static IEnumerable<Identifier> BoundIdentifiers(Node? pattern)
    {
        switch (pattern)
        {
            case Identifier id:
                yield return id;
                break;
            case AssignmentPattern a:
                foreach (var i in BoundIdentifiers(a.Left)) yield return i;
                break;
            case RestElement r:
                foreach (var i in BoundIdentifiers(r.Argument)) yield return i;
                break;
            case ArrayPattern array:
                foreach (var element in array.Elements)
                    foreach (var i in BoundIdentifiers(element)) yield return i;
                break;
            case ObjectPattern obj:
                foreach (var property in obj.Properties)
                {
                    var inner = property is Property p ? p.Value : property;
                    foreach (var i in BoundIdentifiers(inner)) yield return i;
                }
                break;
        }
    }

    /// <summary>ContainsExpression: a default or a computed key anywhere in a binding pattern.</summary>
    private static bool ContainsExpression(Node? pattern) => pattern switch
    {
        AssignmentPattern => true,
        RestElement r => ContainsExpression(r.Argument),
        ArrayPattern array => array.Elements.Any(ContainsExpression),
        ObjectPattern obj => obj.Properties.Any(p => p is Property prop ? prop.Computed || ContainsExpression(prop.Value) : ContainsExpression(p)),
        _ => false,
    };

    // ---- entry points ----------------------------------------------------------------------------

    /// <summary>A declaration or binding of <paramref name="pattern"/> from <paramref name="value"/>, as statements.</summary>
    private BoundStatement BindPatternStatements(Node pattern, BoundExpression value, PatternMode mode, SourceSpan span)
    {
        var sink = new PatternSink(isStatement: true);
        BindPatternInto(pattern, value, mode, sink);
        return new BoundStatementList(sink.Statements.ToImmutableArray(), span);
    }

    /// <summary>
    /// <c>pattern = value</c>. As a statement (<paramref name="isStatement"/>), the result is discarded
    /// and the iterator closing try is allowed; as an expression, the value is the right-hand side.
    /// </summary>
    private BoundExpression BindDestructuringAssignment(AssignmentExpression assignment, bool isStatement, out BoundStatement? statement)
    {
        var span = Span(assignment);
        var value = BindExpression(assignment.Right);
        if (isStatement)
        {
            statement = BindPatternStatements(assignment.Left, value, PatternMode.Assign, span);
            return null!;
        }
        statement = null;
        var sink = new PatternSink(isStatement: false);
        var result = Spill(value, "rhs", sink);
        BindPatternInto(assignment.Left, result, PatternMode.Assign, sink);
        return new BoundSequence(sink.Temps.ToImmutableArray(), sink.SideEffects(), result, span);
    }

    // ---- the desugaring ----------------------------------------------------------------------------

    private VariableSymbol PatternTemp(string name, PatternSink sink, StorageType type = StorageType.Value)
    {
        var temp = _function.Scope.DeclareTemp(name, type);
        if (!sink.IsStatement) sink.Temps.Add(temp);
        return temp;
    }

    private static BoundVariable ReadTemp(VariableSymbol temp, SourceSpan span) => new(temp, needsTdzCheck: false, span);

    /// <summary>Evaluates <paramref name="value"/> into a temporary (unless it is one already) and returns its read.</summary>
    private BoundExpression Spill(BoundExpression value, string name, PatternSink sink)
    {
        if (value is BoundVariable { Symbol.Kind: VariableKind.Temp } or BoundLiteral) return value;
        var temp = PatternTemp(name, sink);
        sink.Add(new BoundAssignment(ReadTemp(temp, value.Span), value, value.Span));
        return ReadTemp(temp, value.Span);
    }

    /// <summary>Binds <paramref name="target"/> (a pattern, a default, an identifier or a member expression) to <paramref name="value"/>.</summary>
    private void BindPatternInto(Node target, BoundExpression value, PatternMode mode, PatternSink sink)
    {
        NestingTooDeepException.EnsureStack(Span(target));
        switch (target)
        {
            case AssignmentPattern withDefault:
            {
                // v === undefined ? default : v; an anonymous function default takes the target's name.
                var span = Span(withDefault);
                var temp = PatternTemp("v", sink);
                var read = ReadTemp(temp, span);
                var defaultValue = withDefault.Left is Identifier name
                    ? BindNamedExpression(withDefault.Right, name.Name)
                    : BindExpression(withDefault.Right);
                var isUndefined = new BoundBinary(BinaryOperatorKind.StrictEqual, read, new BoundLiteral(ConstantValue.Undefined, span), span);
                var chosen = new BoundSequence([], [new BoundAssignment(read, value, span)], new BoundConditional(isUndefined, defaultValue, read, span), span);
                BindPatternInto(withDefault.Left, chosen, mode, sink);
                return;
            }
            case ObjectPattern obj:
                BindObjectPattern(obj, value, mode, sink);
                return;
            case ArrayPattern array:
                BindArrayPattern(array, value, mode, sink);
                return;
            case Identifier id:
                sink.Add(BindLeaf(id, value, mode));
                return;
            case ParenthesizedExpression p when mode == PatternMode.Assign:
                BindPatternInto(p.Expression, value, mode, sink);
                return;
            case MemberExpression member when mode == PatternMode.Assign:
                sink.Add(new BoundAssignment(BindMember(member), value, Span(member)));
                return;
            case CallExpression call when mode == PatternMode.Assign:
                // `[f()] = xs` (sloppy): f is called, then a ReferenceError; the value is not read.
                sink.Add(InvalidAssignmentTarget(call, call));
                return;
            default:
                Unexpected(target);
                return;
        }
    }

    private BoundStatement BindLeaf(Identifier id, BoundExpression value, PatternMode mode)
    {
        var span = Span(id);
        switch (mode)
        {
            case PatternMode.DeclareLexical:
            {
                var symbol = _scope.Lookup(id.Name) ?? throw new InvalidOperationException($"pattern binding '{id.Name}' was not declared");
                return new BoundVariableDeclaration(symbol, value, span);
            }
            default:
            {
                // Assignment and var: PutValue on the resolved reference (inside a catch block with a
                // parameter of that name, `var` assigns the parameter: Annex B.3.5).
                var reference = BindIdentifierReference(id.Name, id, isWrite: true);
                return new BoundExpressionStatement(new BoundAssignment(reference, value, span), span);
            }
        }
    }

    private void BindObjectPattern(ObjectPattern pattern, BoundExpression value, PatternMode mode, PatternSink sink)
    {
        var span = Span(pattern);
        var coerced = new BoundIntrinsic(IntrinsicKind.RequireObjectCoercible, [value], span);
        var temp = PatternTemp("obj", sink);
        sink.Add(new BoundAssignment(ReadTemp(temp, span), coerced, span));
        var source = ReadTemp(temp, span);

        var excluded = ImmutableArray.CreateBuilder<BoundExpression>();
        foreach (var node in pattern.Properties)
        {
            if (node is RestElement rest)
            {
                var restValue = new BoundIntrinsic(IntrinsicKind.ObjectRest, excluded.ToImmutable().Insert(0, source), Span(rest));
                BindPatternInto(rest.Argument, restValue, mode, sink);
                continue;
            }
            var property = (Property)node;
            var propertySpan = Span(property);
            BoundExpression read;
            if (!property.Computed && property.Key is Identifier or StringLiteral)
            {
                var name = property.Key is Identifier id ? id.Name : ((StringLiteral)property.Key).Value;
                read = new BoundMember(source, name, propertySpan);
                excluded.Add(new BoundLiteral(ConstantValue.FromString(name), propertySpan));
            }
            else
            {
                // A computed or numeric key: ToPropertyKey once, before the target is evaluated.
                var keyExpression = property.Key is NumericLiteral n && !property.Computed
                    ? new BoundLiteral(ConstantValue.FromNumber(n.Value), Span(n))
                    : BindExpression((Expression)property.Key);
                var key = keyExpression is BoundLiteral
                    ? keyExpression
                    : Spill(new BoundToPropertyKeyConversion(keyExpression, keyExpression.Span), "key", sink);
                read = new BoundIndex(source, key, propertySpan);
                excluded.Add(key);
            }
            BindPatternInto(property.Value, read, mode, sink);
        }
    }

    private void BindArrayPattern(ArrayPattern pattern, BoundExpression value, PatternMode mode, PatternSink sink)
    {
        var span = Span(pattern);
        // Not a pooled sequence temporary: the statement's handler reads it (see CloseOpenIterators).
        var iterator = _function.Scope.DeclareTemp("it", StorageType.IteratorRecord);
        if (!sink.IsStatement) (_openIterators ??= new()).Add(iterator);
        var record = ReadTemp(iterator, span);
        sink.Add(new BoundAssignment(record, new BoundIntrinsic(IntrinsicKind.ForOfStart, [value], span), span));

        var elements = sink.IsStatement ? new PatternSink(isStatement: true) : sink;
        foreach (var element in pattern.Elements)
        {
            if (element is null)
            {
                elements.Add(new BoundIntrinsic(IntrinsicKind.IteratorStepOrUndefined, [record], span));
                continue;
            }
            if (element is RestElement rest)
            {
                BindPatternInto(rest.Argument, new BoundIntrinsic(IntrinsicKind.IteratorRest, [record], Span(rest)), mode, elements);
                continue;
            }
            BindPatternInto(element, new BoundIntrinsic(IntrinsicKind.IteratorStepOrUndefined, [record], Span(element)), mode, elements);
        }

        if (sink.IsStatement && elements.Statements.Count > 0)
        {
            // A throw from an element (its target, default or nested pattern) closes the iterator; a throw
            // from the iterator itself has marked the record done, so CloseAfterThrow does nothing then.
            var onThrow = new BoundCatchClause(null, null, null, new BoundBlock(null,
            [
                new BoundExpressionStatement(new BoundIntrinsic(IntrinsicKind.ForOfCloseAfterThrow, [record], span), span),
                new BoundRethrow(span),
            ], span));
            sink.Add(new BoundTry(new BoundBlock(null, elements.Statements.ToImmutableArray(), span), onThrow, null, span));
        }
        // IteratorClose when the pattern did not exhaust the iterator (a no-op once done).
        sink.Add(new BoundIntrinsic(IntrinsicKind.ForOfClose, [record], span));
    }
}
