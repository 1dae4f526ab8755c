// The RegExp protocol guard of a realm (a part of Intrinsics; see Execution/Intrinsics.cs).
using Oden.Runtime.Builtins;

namespace Oden.Runtime;

public sealed partial class Intrinsics
{
    private RegExpProtocolGuard? _regExpProtocolGuard;

    /// <summary>The realm's check that %RegExp.prototype%'s protocol is untouched (RegExpProtocolGuard).</summary>
    internal RegExpProtocolGuard RegExpProtocolGuard => _regExpProtocolGuard ??= new RegExpProtocolGuard(RegExpPrototype);
}
