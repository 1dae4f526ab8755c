// Formal parameters (https://tc39.es/ecma262/#sec-functiondeclarationinstantiation). A simple list
// (identifiers only) binds each name to its argument directly. Otherwise each formal before the rest
// element gets a hidden parameter (%0, %1, ...: the fixed-arity entry still receives it in a register),
// the rest element a hidden binding CodeGen fills with the remaining arguments, and the body starts
// with a prologue that binds the real names from them, in order:
//
// function f(a, { b } = a, ...[c]) { body }
// becomes
// function f(%0, %1) {            (length 1: formals before the first default or rest)
//   let a = %0;                   with expressions in the list, parameter names behave like let:
//   $v = %1;                      `function (x = y, y)` throws a TDZ ReferenceError
//   $o = RequireObjectCoercible($v === undefined ? a : $v);
//   let b = $o.b;
//   $it = GetIterator(%rest); ... let c = ...;
//   { // var scope: body vars, functions and let/const, separate from the parameters, so closures in
//     // defaults never see them; a var named like a parameter starts with its value
//     body
//   }
// }
//
// Without any expression (patterns and rest only), the names are plain function-scope bindings and
// the body shares the function scope. A non-simple list always has an unmapped arguments object.
using System.Collections.Immutable;
using Acornima.Ast;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.Binding;

internal sealed partial class Binder
{
    /// <summary>Declares the parameters of <paramref name="function"/> (the current function) and binds the prologue a non-simple list needs.</summary>
    private ImmutableArray<BoundStatement> BindParameters(FunctionSymbol function, in NodeList<Node> parameters, Identifier? selfName)
    {
        bool simple = parameters.All(p => p is Identifier);
        if (simple)
        {
            foreach (var parameter in parameters)
            {
                var id = (Identifier)parameter;
                var p = function.Scope.Declare(id.Name, VariableKind.Parameter);
                p.ParameterIndex = function.Parameters.Count;
                function.Parameters.Add(p);
            }
            return [];
        }

        function.HasSimpleParameterList = false;
        bool hasExpressions = parameters.Any(ContainsExpression);
        int length = -1;

        // The names: like let (TDZ until their formal is bound) when the list has expressions.
        foreach (var parameter in parameters)
        {
            foreach (var id in BoundIdentifiers(parameter))
            {
                if (function.Scope.Lookup(id.Name) is not null) continue; // a duplicate is an early error Acornima reports
                var symbol = function.Scope.Declare(id.Name, hasExpressions ? VariableKind.Let : VariableKind.Var);
                symbol.InitializedAfter = parameter.End;
            }
        }
        if (hasExpressions)
        {
            // Closures in defaults must not see the body's vars: the body gets its own var scope.
            function.VarScope = new Scope(ScopeKind.Block, function.Scope, function);
            OnSeparateVarScope(function);
            if (selfName is not null && function.Scope.Lookup(selfName.Name) is null && selfName.Name != "arguments")
                function.SelfSymbol = function.Scope.Declare(selfName.Name, VariableKind.FunctionSelfName);
        }

        var prologue = ImmutableArray.CreateBuilder<BoundStatement>();
        var mode = hasExpressions ? PatternMode.DeclareLexical : PatternMode.Assign;
        for (int i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            var span = Span(parameter);
            if (parameter is RestElement rest)
            {
                length = length < 0 ? function.Parameters.Count : length;
                var restSymbol = function.Scope.DeclareTemp("rest");
                function.RestParameter = restSymbol;
                prologue.Add(BindPatternStatements(rest.Argument, new BoundVariable(restSymbol, needsTdzCheck: false, span), mode, span));
                continue;
            }
            if (parameter is AssignmentPattern && length < 0) length = function.Parameters.Count;

            var hidden = function.Scope.Declare("%" + function.Parameters.Count, VariableKind.Parameter);
            hidden.ParameterIndex = function.Parameters.Count;
            function.Parameters.Add(hidden);
            var argument = new BoundVariable(hidden, needsTdzCheck: false, span);
            if (parameter is Identifier id && mode == PatternMode.Assign)
            {
                // No expressions anywhere: a plain name is assigned its argument.
                prologue.Add(BindPatternStatements(id, argument, PatternMode.Assign, span));
                continue;
            }
            prologue.Add(BindPatternStatements(parameter, argument, mode, span));
        }
        function.Length = length < 0 ? function.Parameters.Count : length;
        return prologue.ToImmutable();
    }
}
