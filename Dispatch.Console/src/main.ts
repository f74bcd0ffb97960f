// Entry point of the console; the workspaces are added in their own modules.
document.body.dataset.ready = 'true';
