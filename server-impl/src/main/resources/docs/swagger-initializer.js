// The stub's Swagger UI set-up. The list of contracts is filled in by the stub (DocsPage): each is served by
// the stub with its servers naming the stub, so "try it out" calls the stub that served this page.
window.onload = function () {
  const contracts = /*CONTRACTS*/[];
  window.ui = SwaggerUIBundle({
    urls: contracts,
    "urls.primaryName": contracts[0].name,
    dom_id: "#swagger-ui",
    deepLinking: true,
    tryItOutEnabled: true,
    displayOperationId: true,
    validatorUrl: null, // the default fetches a badge from elsewhere; every file comes from the stub
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "StandaloneLayout"
  });
};
