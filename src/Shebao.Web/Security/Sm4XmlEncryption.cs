using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Shebao.Core.Platform.Crypto;

namespace Shebao.Web.Security;

/// <summary>
/// Data Protection keys live in the database; an explicit repository turns off at-rest key encryption,
/// so the key XML is sealed with the platform's SM4 provider instead.
/// </summary>
public sealed class Sm4XmlEncryptor(ICryptoProvider crypto) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(new XElement("sm4", crypto.Encrypt(plaintextElement.ToString(SaveOptions.DisableFormatting))), typeof(Sm4XmlDecryptor));
}

public sealed class Sm4XmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) =>
        XElement.Parse(services.GetRequiredService<ICryptoProvider>().Decrypt(encryptedElement.Value));
}
