// What nearly every slice uses: the request and validator libraries, EF's async queries, and the Application's own
// ports, access attributes and errors. A file names only what is particular to it.
global using FluentValidation;
global using Marketplace.Application.Common.Errors;
global using Marketplace.Application.Common.Ports;
global using Marketplace.Application.Common.Security;
global using Marketplace.Domain.Common;
global using Mediator;
global using Microsoft.EntityFrameworkCore;
