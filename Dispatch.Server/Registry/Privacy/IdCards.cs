using Dispatch.Server.Registry.Persistence;
using Microsoft.Extensions.Options;

namespace Dispatch.Server.Registry.Privacy;

/// <summary>The register's ID-card hasher, its key resolved once on first use.</summary>
public sealed class IdCards(RegisterDb db, IOptions<RegistryOptions> options)
{
    private readonly Lazy<Task<IdCard>> _card = new(async () => new IdCard(await IdHashKey.ResolveAsync(db, options.Value.IdHashKey)));

    public Task<IdCard> GetAsync() => _card.Value;
}
