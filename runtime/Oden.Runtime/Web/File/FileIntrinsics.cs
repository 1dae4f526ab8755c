// The File API and FormData intrinsics and their global bindings (standard dialect globals, like Headers
// and Response): a part of Intrinsics, created on first touch.
using Oden.Runtime.Builtins;

namespace Oden.Runtime;

public sealed partial class Intrinsics
{
    private JsObject? _blobPrototype;
    private JsFunction? _blobConstructor;
    private JsObject? _filePrototype;
    private JsFunction? _fileConstructor;
    private JsObject? _formDataPrototype;
    private JsFunction? _formDataConstructor;
    private JsObject? _formDataIteratorPrototype;

    public JsObject BlobPrototype => _blobPrototype ?? InitPair(ref _blobPrototype, ref _blobConstructor,
        new JsObject(ObjectPrototype), static (realm, proto) => { Web.BlobPrototype.DefineProperties(realm, proto); Web.BlobPrototypeMethods.DefineProperties(realm, proto); },
        Web.BlobPrototype.CreateConstructor, null).Prototype;

    public JsFunction BlobConstructor => _blobConstructor ?? (BlobPrototype is not null ? _blobConstructor! : null!);

    /// <summary>%File.prototype% inherits from %Blob.prototype%, and File from Blob.</summary>
    public JsObject FilePrototype => _filePrototype ?? InitPair(ref _filePrototype, ref _fileConstructor,
        new JsObject(BlobPrototype), Web.FilePrototype.DefineProperties, Web.FilePrototype.CreateConstructor,
        static (realm, ctor) => ctor.SetPrototypeOf(realm.Intrinsics.BlobConstructor)).Prototype;

    public JsFunction FileConstructor => _fileConstructor ?? (FilePrototype is not null ? _fileConstructor! : null!);

    public JsObject FormDataPrototype => _formDataPrototype ?? InitPair(ref _formDataPrototype, ref _formDataConstructor,
        new JsObject(ObjectPrototype), Web.FormDataPrototype.DefineProperties, Web.FormDataPrototype.CreateConstructor, null).Prototype;

    public JsFunction FormDataConstructor => _formDataConstructor ?? (FormDataPrototype is not null ? _formDataConstructor! : null!);

    internal JsObject FormDataIteratorPrototype => _formDataIteratorPrototype ??= CreateIteratorKind(Web.FormDataIteratorPrototype.DefineProperties);

    [JsGlobal("Blob")] private JsValue BlobBinding => BlobConstructor;
    [JsGlobal("File")] private JsValue FileBinding => FileConstructor;
    [JsGlobal("FormData")] private JsValue FormDataBinding => FormDataConstructor;
}
