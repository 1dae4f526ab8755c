// Printing class definitions: `class Name extends Heritage { constructor ...; static get [key] ... }`.
namespace Oden.Compiler.BoundTree;

public sealed partial class BoundTreePrinter
{
    private void Class(BoundClass node)
    {
        Write("class");
        if (node.InnerBinding is not null) Write(" " + node.InnerBinding.Name);
        if (node.Heritage is not null)
        {
            Write(" extends ");
            Operand(node.Heritage);
        }
        Write(" {\n");
        _indent++;
        ScopeComment(node.Scope);
        StartLine();
        Function(node.Constructor);
        Write("\n");
        foreach (var member in node.Members)
        {
            StartLine();
            if (member.IsStatic) Write("static ");
            if (member.MemberKind == ClassMemberKind.Getter) Write("get ");
            if (member.MemberKind == ClassMemberKind.Setter) Write("set ");
            if (member.ComputedKey is not null) { Write("["); Expression(member.ComputedKey); Write("]"); }
            else Write(ConstantValue.Quote(member.Name!));
            Write(": ");
            Function(member.Function);
            Write("\n");
        }
        _indent--;
        StartLine();
        Write("}");
    }
}
