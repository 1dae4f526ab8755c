// Numeric locals (CodeGen/NumericLocals.cs): which bindings become `double` IL locals. The values they
// compute are covered by the conformance cases in language/numeric-locals; these tests pin the decision
// itself, read from the compiled method's local signature.
using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using JsRunner = Oden.Compiler.Tests.TestSupport.JsRunner;

namespace Oden.Compiler.Tests.EndToEnd;

public sealed class NumericLocalsTests
{
    [Fact]
    public void LoopCounterAndAccumulator_AreDoubles()
    {
        var locals = LocalTypes("function f(n) { let s = 0; for (let i = 0; i < n; i++) s += i * 2; return s; }\nf(3);\n", "f`");
        Assert.Equal(2, locals.Count(t => t == "double"));
    }

    [Fact]
    public void IntegerBitOpsAndUnsignedShift_KeepTheirBindingsNumeric()
    {
        var locals = LocalTypes("function h(s) { let x = 0; for (const c of s) x = (x ^ c.length) * 31 >>> 0; const y = x | 0; return y; }\nh('ab');\n", "h`");
        Assert.Equal(2, locals.Count(t => t == "double")); // x and y (the for-of binding c is not)
    }

    [Theory]
    [InlineData("function f() { let x = 0; x = 'a'; return x; }")]                          // a string write
    [InlineData("function f() { let x = 0; const g = () => x; x++; return g(); }")]          // captured
    [InlineData("function f() { try { x; } catch (e) {} let x = 1; return x; }")]           // a TDZ reference
    [InlineData("function f() { let b = 10n; b = b * 2n; return b; }")]                      // BigInt
    [InlineData("function f(a) { let x = 1; x = x + a; return x; }")]                         // + with an unknown operand
    [InlineData("function f() { let x; x = 1; return x; }")]                                  // starts undefined
    [InlineData("function f(o) { let [x] = o; x = 1; return x; }")]                           // written by a pattern
    [InlineData("function* f() { let i = 0; while (i < 3) yield i++; }")]                     // a generator frame
    public void NotProvenNumeric_StaysAValue(string function)
    {
        var locals = LocalTypes(function + "\nf;\n", "f`");
        Assert.DoesNotContain("double", locals);
    }

    [Fact]
    public void BindingsAssignedFromEachOther_AreDoublesTogether()
    {
        var locals = LocalTypes("function f(n) { let a = 0, b = 1; for (let k = 0; k < n; k++) { const t = a + b; a = b; b = t; } return a; }\nf(5);\n", "f`");
        Assert.Equal(4, locals.Count(t => t == "double")); // a, b, k, t
    }

    [Fact]
    public void VarsAssignedBeforeEveryUse_AreDoubles()
    {
        Assert.Single(LocalTypes("function f() { var x; x = 1; return x; }\nf();\n", "f`"), "double"); // declared without, then assigned
        var locals = LocalTypes("function f(n) { var s = 0; for (var i = 0; i < n; i++) { for (var j = 0; j < i; j++) s += j; } for (var i = 0; i < 2; i++) s -= i; return s; }\nf(4);\n", "f`");
        Assert.Equal(3, locals.Count(t => t == "double")); // s, i, j
    }

    [Theory]
    [InlineData("function f(n) { if (n) { var x = 1; } return x; }")]                        // read outside the declaring block
    [InlineData("function f(n) { while (n--) { if (n) x = x + 1; var x = 0; } }")]          // read before the assignment
    [InlineData("function f(n) { switch (n) { case 1: var x = 1; case 2: x = x + 1; } return x; }")] // a case label jumps past it
    [InlineData("function f(n) { var x = x + 1; return x; }")]                                 // reads itself first
    [InlineData("function f(n) { try { var x = g(); } catch (e) { return x; } return x; }")]    // read in the catch
    public void VarsThatMaySeeUndefined_StayValues(string function)
    {
        var locals = LocalTypes(function + "\nf;\n", "f`");
        Assert.DoesNotContain("double", locals);
    }

    private static ImmutableArray<string> LocalTypes(string source, string namePrefix)
    {
        var (emit, pe, _) = JsRunner.Compile(source);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        using var reader = new PEReader(new MemoryStream(pe));
        var metadata = reader.GetMetadataReader();
        foreach (var handle in metadata.MethodDefinitions)
        {
            var method = metadata.GetMethodDefinition(handle);
            if (!metadata.GetString(method.Name).StartsWith(namePrefix, StringComparison.Ordinal)) continue;
            var body = reader.GetMethodBody(method.RelativeVirtualAddress);
            if (body.LocalSignature.IsNil) return [];
            return metadata.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(new TypeNames(), null);
        }
        throw new InvalidOperationException("no method " + namePrefix);
    }

    /// <summary>Just enough of a signature decoder to name the local types.</summary>
    private sealed class TypeNames : ISignatureTypeProvider<string, object?>
    {
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode == PrimitiveTypeCode.Double ? "double" : typeCode.ToString();
        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => reader.GetString(reader.GetTypeDefinition(handle).Name);
        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => reader.GetString(reader.GetTypeReference(handle).Name);
        public string GetTypeFromSpecification(MetadataReader reader, object? context, TypeSpecificationHandle handle, byte rawTypeKind) => "spec";
        public string GetSZArrayType(string elementType) => elementType + "[]";
        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[,]";
        public string GetByReferenceType(string elementType) => elementType + "&";
        public string GetPointerType(string elementType) => elementType + "*";
        public string GetPinnedType(string elementType) => elementType;
        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => genericType;
        public string GetGenericMethodParameter(object? context, int index) => "!!" + index;
        public string GetGenericTypeParameter(object? context, int index) => "!" + index;
        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;
        public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr";
    }
}
