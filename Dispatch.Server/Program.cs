using Dispatch.Server.Basemap;

// Minimal host for trying the basemap on its own; the integrated server replaces this file.
var builder = WebApplication.CreateBuilder(args);
var osmPath = builder.Configuration["Basemap:OsmPath"] ?? Path.Combine("regions", "chengdu", "chengdu_center_2018.osm.pbf");
builder.Services.AddBasemap(osmPath, builder.Configuration);
var app = builder.Build();
app.MapBasemap();
app.Run();
